import assert from 'node:assert/strict';
import { ErrorCode, isCoded } from '../../src/errors';
import type { Change } from '../../src/approvals/model';
import type { ApprovalService } from '../../src/approvals/service';
import * as step from '../../src/approvals/transitions';
import type { Actor, SyncConfiguration } from '../../src/domain';
import { ApprovalWorld, assignmentsOf, groupPrincipal, startApprovalWorld } from './support';

async function refused(promise: Promise<unknown>, code: ErrorCode, text?: RegExp): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(isCoded(error, code), `expected ${code}, got ${String(error)}`);
    if (text) assert.match((error as Error).message, text);
    return true;
  });
}

describe('approvals service against the simulator', function () {
  this.timeout(60_000);
  let world: ApprovalWorld;
  let service: ApprovalService;
  let contosoA: SyncConfiguration;
  let megan: Actor; // Global Administrator: requester
  let alex: Actor; // approver
  let isaiah: Actor; // approver
  let lynne: Actor; // reader only

  beforeEach(async () => {
    world = await startApprovalWorld();
    service = world.service();
    contosoA = await world.config('Contoso A');
    megan = await world.actor('MeganB@contoso.com', ['reader', 'operator', 'approver']);
    alex = await world.actor('AlexW@contoso.com', ['reader', 'operator', 'approver']);
    isaiah = await world.actor('IsaiahL@contoso.com', ['reader', 'operator', 'approver']);
    lynne = await world.actor('LynneR@contoso.com', ['reader']);
  });
  afterEach(async () => world?.stop());

  async function request(change: Change, requester = megan, svc = service, config = contosoA) {
    const draft = await svc.preview({ actor: requester, config, change, reason: 'project kickoff' });
    return (await svc.submit(draft.id, requester, { conversation: { id: 'channel' } })).request;
  }

  it(
    'previews adding a group: its direct members enter scope, nobody leaves, nested members do not ' + 'count',
    async () => {
      const sales = await groupPrincipal(world.gateway, 'Sales');
      const draft = await service.preview({
        actor: megan,
        config: contosoA,
        change: { kind: 'addPrincipal', principal: sales },
      });
      assert.equal(draft.impact.entering, 4);
      assert.equal(draft.impact.leaving, 0);
      assert.ok(
        draft.impact.notes.some((n) => /nested groups are not synchronized/.test(n)),
        draft.impact.notes.join('|'),
      );
    },
  );

  it('previews removing Lee Gu: one user leaves scope and is soft-deleted in the target', async () => {
    const lee = await world.gateway.getUser('LeeG@contoso.com');
    const draft = await service.preview({
      actor: megan,
      config: contosoA,
      change: { kind: 'removePrincipal', principal: { id: lee!.id, type: 'User', displayName: lee!.displayName } },
    });
    assert.equal(draft.impact.leaving, 1);
    assert.deepEqual(draft.impact.leavingNames, ['Lee Gu']);
    assert.match(draft.impact.existingUsersChange, /soft-deleted/);
  });

  it('refuses a preview from someone without the operator role', async () => {
    const sales = await groupPrincipal(world.gateway, 'Sales');
    await refused(
      service.preview({ actor: lynne, config: contosoA, change: { kind: 'addPrincipal', principal: sales } }),
      ErrorCode.MissingRole,
      /operator/,
    );
  });

  it('refuses self-approval and approval without the role, and changes nothing', async () => {
    const sales = await groupPrincipal(world.gateway, 'Sales');
    const r = await request({ kind: 'addPrincipal', principal: sales });
    assert.equal(r.requiredApprovals, 1);
    await refused(service.approve(r.id, megan), ErrorCode.SelfApproval);
    await refused(service.approve(r.id, lynne), ErrorCode.MissingRole, /approver/);
    assert.equal((await service.store.require(r.id)).status, 'pending');
    assert.equal((await assignmentsOf(world.gateway, contosoA, sales.id)).length, 0);
  });

  it("refuses unknown or malformed request ids and submits of someone else's draft", async () => {
    await refused(
      service.approve('00000000-0000-4000-8000-000000000000', alex),
      ErrorCode.StaleAction,
      /no approval request/,
    );
    await refused(service.approve('../channel/x', alex), ErrorCode.StaleAction);
    const sales = await groupPrincipal(world.gateway, 'Sales');
    const draft = await service.preview({
      actor: megan,
      config: contosoA,
      change: { kind: 'addPrincipal', principal: sales },
    });
    await refused(service.submit(draft.id, alex, undefined), ErrorCode.MissingRole, /Only Megan Bowen/);
    assert.equal((await service.store.list()).length, 0);
  });

  it('applies once when 20 approvers click at the same time: exactly one assignment', async () => {
    const sales = await groupPrincipal(world.gateway, 'Sales');
    const r = await request({ kind: 'addPrincipal', principal: sales });
    const clickers = [alex, isaiah];
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) => service.approve(r.id, clickers[i % 2])),
    );
    const won = results.filter((x) => x.status === 'fulfilled');
    assert.equal(won.length, 1, results.map((x) => (x.status === 'rejected' ? String(x.reason) : 'ok')).join('\n'));
    for (const lost of results.filter((x): x is PromiseRejectedResult => x.status === 'rejected'))
      assert.ok(isCoded(lost.reason, ErrorCode.StaleAction), String(lost.reason));
    assert.equal((await assignmentsOf(world.gateway, contosoA, sales.id)).length, 1);
    const stored = await service.store.require(r.id);
    assert.equal(stored.status, 'applied');
    assert.equal(stored.approvals.length, 1);
    assert.equal(stored.history.filter((e) => e.event === 'applied').length, 1);
  });

  it('resumes an apply interrupted by a restart before Graph was called, and applies once', async () => {
    const sales = await groupPrincipal(world.gateway, 'Sales');
    const r = await request({ kind: 'addPrincipal', principal: sales });
    // The approval is stored, then the process dies before the apply: state "applying", no marker.
    await service.store.update(r.id, step.approve(alex, world.clock.now));
    const restarted = world.service({ storage: await world.reopen() });
    const resumed = await restarted.resumeStuck(0);
    assert.equal(resumed.length, 1);
    assert.equal(resumed[0].status, 'applied');
    assert.equal((await restarted.resumeStuck(0)).length, 0);
    assert.equal((await assignmentsOf(world.gateway, contosoA, sales.id)).length, 1);
  });

  it('resumes an apply interrupted after Graph was changed: confirms instead of adding again', async () => {
    const sales = await groupPrincipal(world.gateway, 'Sales');
    const r = await request({ kind: 'addPrincipal', principal: sales });
    const { request: applying } = await service.store.update(r.id, step.approve(alex, world.clock.now));
    await service.store.claimApply(r.id, applying.applyAttempt, 'dead-instance', world.clock.now.toISOString());
    await world.gateway.addAssignment(contosoA.servicePrincipalId, {
      principalId: sales.id,
      appRoleId: contosoA.appRoleId!,
    });
    const [resumed] = await world.service({ storage: await world.reopen() }).resumeStuck(0);
    assert.equal(resumed.status, 'applied');
    assert.match(resumed.result!.detail, /confirmed after an interrupted attempt/);
    assert.equal((await assignmentsOf(world.gateway, contosoA, sales.id)).length, 1);
  });

  it('does not resume an apply that another instance started a moment ago', async () => {
    const sales = await groupPrincipal(world.gateway, 'Sales');
    const r = await request({ kind: 'addPrincipal', principal: sales });
    await service.store.update(r.id, step.approve(alex, world.clock.now));
    assert.equal((await service.resumeStuck(60_000)).length, 0);
  });

  it('refuses decisions on an expired request and lists it as expired', async () => {
    const sales = await groupPrincipal(world.gateway, 'Sales');
    const r = await request({ kind: 'addPrincipal', principal: sales });
    world.clock.now = new Date(Date.parse(r.expiresAt) + 1000);
    await refused(service.approve(r.id, alex), ErrorCode.StaleAction, /expired/);
    assert.equal((await service.store.require(r.id)).status, 'expired');
    assert.equal((await service.list())[0].status, 'expired');
    assert.equal((await assignmentsOf(world.gateway, contosoA, sales.id)).length, 0);
  });

  it('needs two distinct approvers for a removal above the threshold', async () => {
    service = world.service({ twoApproversAbove: 0 });
    const lee = (await world.gateway.getUser('LeeG@contoso.com'))!;
    const r = await request({
      kind: 'removePrincipal',
      principal: { id: lee.id, type: 'User', displayName: lee.displayName },
    });
    assert.equal(r.requiredApprovals, 2);
    const first = await service.approve(r.id, alex);
    assert.equal(first.request.status, 'pending');
    await refused(service.approve(r.id, alex), ErrorCode.StaleAction, /already approved/);
    assert.equal((await assignmentsOf(world.gateway, contosoA, lee.id)).length, 1);
    const second = await service.approve(r.id, isaiah);
    assert.equal(second.request.status, 'applied');
    assert.deepEqual(
      second.request.approvals.map((a) => a.displayName),
      ['Alex Wilber', 'Isaiah Langer'],
    );
    assert.equal((await assignmentsOf(world.gateway, contosoA, lee.id)).length, 0);
  });

  it('records a rejection with its comment and refuses later approvals', async () => {
    const sales = await groupPrincipal(world.gateway, 'Sales');
    const r = await request({ kind: 'addPrincipal', principal: sales });
    const rejected = await service.reject(r.id, alex, 'Sales is not part of the pilot');
    assert.equal(rejected.request.status, 'rejected');
    assert.equal(rejected.request.rejection?.comment, 'Sales is not part of the pilot');
    await refused(service.approve(r.id, isaiah), ErrorCode.StaleAction, /rejected by Alex Wilber/);
    assert.equal((await assignmentsOf(world.gateway, contosoA, sales.id)).length, 0);
  });

  it('lets only the requester cancel, only while pending', async () => {
    const sales = await groupPrincipal(world.gateway, 'Sales');
    const r = await request({ kind: 'addPrincipal', principal: sales });
    await refused(service.cancel(r.id, alex), ErrorCode.MissingRole, /Only Megan Bowen/);
    assert.equal((await service.cancel(r.id, megan)).request.status, 'cancelled');
    await refused(service.approve(r.id, alex), ErrorCode.StaleAction, /cancelled/);
    await refused(service.cancel(r.id, megan), ErrorCode.StaleAction);
  });

  it('shows the cause of a failed apply and applies on retry', async () => {
    const sales = await groupPrincipal(world.gateway, 'Sales');
    const r = await request({ kind: 'addPrincipal', principal: sales });
    await world.sim.control('POST', '/faults', {
      kind: 'error',
      method: 'POST',
      path: 'appRoleAssignedTo',
      status: 403,
      code: 'Authorization_RequestDenied',
      count: 1,
    });
    const failed = await service.approve(r.id, alex);
    assert.equal(failed.request.status, 'failed');
    assert.equal(failed.request.result?.errorCode, ErrorCode.GraphForbidden);
    await refused(service.retry(r.id, megan), ErrorCode.SelfApproval);
    const retried = await service.retry(r.id, isaiah);
    assert.equal(retried.request.status, 'applied');
    assert.equal(retried.request.applyAttempt, 2);
    assert.equal((await assignmentsOf(world.gateway, contosoA, sales.id)).length, 1);
  });

  it('says when a change no longer applies (already assigned)', async () => {
    const sales = await groupPrincipal(world.gateway, 'Sales');
    const r = await request({ kind: 'addPrincipal', principal: sales });
    await world.gateway.addAssignment(contosoA.servicePrincipalId, {
      principalId: sales.id,
      appRoleId: contosoA.appRoleId!,
    });
    const decided = await service.approve(r.id, alex);
    assert.equal(decided.request.status, 'noLongerApplies');
    assert.match(decided.request.result!.detail, /already assigned/);
  });

  it('switches Contoso B to sync all users and keeps every other secret', async () => {
    const contosoB = await world.config('Contoso B');
    const before = await world.gateway.getSettings(contosoB.servicePrincipalId);
    const r = await request({ kind: 'setScopeMode', scopeMode: 'allUsers' }, megan, service, contosoB);
    assert.equal(r.requiredApprovals, 2, 'sync-all needs two approvers');
    assert.equal((await service.approve(r.id, alex)).request.status, 'pending', 'one approval changes nothing');
    assert.equal((await world.gateway.getSettings(contosoB.servicePrincipalId)).scopeMode, before.scopeMode);
    assert.equal((await service.approve(r.id, isaiah)).request.status, 'applied');
    const after = await world.gateway.getSettings(contosoB.servicePrincipalId);
    assert.equal(after.scopeMode, 'allUsers');
    const others = (s: typeof before) => s.raw.filter((x) => x.key !== 'SyncAll');
    assert.deepEqual(others(after), others(before));
  });

  it('sets the userType mapping to Guest, only on creation by default', async () => {
    const r = await request({ kind: 'setUserType', userType: 'Guest', applyToExisting: false });
    assert.match(r.impact.existingUsersChange, /existing users keep their user type/);
    assert.equal((await service.approve(r.id, alex)).request.status, 'applied');
    const mappings = await world.gateway.getMappings(contosoA.servicePrincipalId, contosoA.job!.id);
    const userType = mappings!.attributeMappings.find((m) => m.targetAttributeName === 'userType');
    assert.equal(userType?.source, 'Guest');
    assert.equal(userType?.flowType, 'ObjectAddOnly');
  });
});
