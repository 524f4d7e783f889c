import assert from 'node:assert/strict';
import type { ApprovalService } from '../../src/approvals/service';
import { describeOutcome } from '../../src/approvals/describe';
import { createGraphGateway } from '../../src/graph/createGraphGateway';
import type { GraphGateway } from '../../src/graph/gateway';
import type { ActingUser, Actor, SyncConfiguration } from '../../src/domain';
import { CodedError, ErrorCode } from '../../src/errors';
import { ApprovalWorld, assignmentsOf, groupPrincipal, startApprovalWorld } from './support';

/**
 * GRAPH_WRITES=user on the approvals side: the change is applied through the gateway of the approver whose approval
 * completed it, and Entra's refusal of that approver's account keeps the request pending for another approver.
 */
describe("approvals applied with the approver's own token (simulator)", function () {
  this.timeout(60_000);
  let world: ApprovalWorld;
  let service: ApprovalService;
  let contosoA: SyncConfiguration;
  let megan: Actor;
  let alex: Actor;
  let isaiah: Actor;
  let actedFor: ActingUser[];

  const as = (actor: Actor): ActingUser => ({
    aadObjectId: actor.id,
    tenantId: world.sim.connection.tenants.find((t) => t.role === 'source')!.tenantId,
    displayName: actor.displayName,
  });

  beforeEach(async () => {
    world = await startApprovalWorld();
    actedFor = [];
    const source = world.sim.connection.tenants.find((t) => t.role === 'source')!;
    // A gateway read as delegated (refusals name Entra roles), one per person, as src/graph/writesFor.ts builds them.
    const delegated: GraphGateway = createGraphGateway({
      settings: {
        baseUrl: world.sim.connection.graphBaseUrl,
        authorityHost: world.sim.connection.authorityHost,
        timeoutMs: 10_000,
        credential: {
          kind: 'secret',
          tenantId: source.tenantId,
          clientId: source.clientId,
          clientSecret: source.clientSecret,
        },
      },
      logger: world.logs.logger,
      delegated: true,
    });
    service = world.service({
      writes: (by) => {
        if (by) actedFor.push(by);
        return delegated;
      },
    });
    contosoA = await world.config('Contoso A');
    megan = await world.actor('MeganB@contoso.com', ['reader', 'operator', 'approver']);
    alex = await world.actor('AlexW@contoso.com', ['reader', 'operator', 'approver']);
    isaiah = await world.actor('IsaiahL@contoso.com', ['reader', 'operator', 'approver']);
  });
  afterEach(async () => world?.stop());

  it("an approver without the Entra role is refused, named; the request waits for another's token", async () => {
    const sales = await groupPrincipal(world.gateway, 'Sales');
    const draft = await service.preview({
      actor: megan,
      config: contosoA,
      change: { kind: 'addPrincipal', principal: sales },
    });
    const request = (await service.submit(draft.id, megan, { conversation: { id: 'channel' } })).request;
    await world.sim.control('POST', '/faults', {
      kind: 'error',
      method: 'POST',
      path: 'appRoleAssignedTo',
      status: 403,
      code: 'Authorization_RequestDenied',
      message: 'Insufficient privileges to complete the operation.',
      count: 1,
    });

    const refused = await service.approve(request.id, alex, as(alex));
    assert.equal(refused.request.status, 'pending');
    assert.equal(refused.request.approvals.length, 0, 'the refused approval is withdrawn');
    assert.equal(refused.request.result?.errorCode, ErrorCode.EntraRoleMissing);
    assert.match(
      refused.request.result?.detail ?? '',
      /Hybrid Identity Administrator, Cloud Application Administrator/,
    );
    assert.match(refused.request.result?.detail ?? '', /Privileged Identity Management/);
    assert.ok(refused.request.result?.graphRequestId, 'the Graph request id is kept for the card');
    assert.match(describeOutcome(refused.request), /stays pending/);
    assert.equal((await assignmentsOf(world.gateway, contosoA, sales.id)).length, 0);

    const applied = await service.approve(request.id, isaiah, as(isaiah));
    assert.equal(applied.request.status, 'applied');
    assert.match(describeOutcome(applied.request), /\(made with Isaiah Langer's own Entra account\)/);
    assert.equal((await assignmentsOf(world.gateway, contosoA, sales.id)).length, 1);
    assert.deepEqual(
      actedFor.map((u) => u.displayName),
      ['Alex Wilber', 'Isaiah Langer'],
      'each apply went through the gateway of the approver whose approval completed it',
    );
  });

  it('an approval with no person to act for (a resumed apply) stays pending and asks for a sign-in', async () => {
    const strict = world.service({
      writes: (by) => {
        if (!by) throw new CodedError(ErrorCode.SignInRequired, 'none given');
        return world.gateway;
      },
    });
    const sales = await groupPrincipal(world.gateway, 'Sales');
    const draft = await strict.preview({
      actor: megan,
      config: contosoA,
      change: { kind: 'addPrincipal', principal: sales },
    });
    const request = (await strict.submit(draft.id, megan, undefined)).request;
    const decided = await strict.approve(request.id, alex);
    assert.equal(decided.request.status, 'pending');
    assert.equal(decided.request.result?.errorCode, ErrorCode.SignInRequired);
  });
});
