import assert from 'node:assert/strict';
import { ErrorCode, isCoded } from '../../src/errors';
import type { Actor, SyncConfiguration } from '../../src/domain';
import { targetUsersFor } from '../support/simulator';
import { ApprovalWorld, startApprovalWorld } from './support';

const RESTART = /^POST .*\/synchronization\/jobs\/\{jobId\}\/restart$/;

/**
 * Allowing held-back deletions (ForceDeletes) is a two-approver request; once approved, the job is restarted with
 * ForceDeletes exactly once, however many approvers click at the same time, and the next cycle deletes.
 */
describe('an approved ForceDeletes request (simulator)', function () {
  this.timeout(60_000);
  let world: ApprovalWorld;
  let contosoA: SyncConfiguration;
  let megan: Actor;
  let alex: Actor;
  let isaiah: Actor;
  let lee: Actor;

  beforeEach(async () => {
    world = await startApprovalWorld();
    contosoA = await world.config('Contoso A');
    megan = await world.actor('MeganB@contoso.com', ['reader', 'operator', 'approver']);
    alex = await world.actor('AlexW@contoso.com', ['reader', 'operator', 'approver']);
    isaiah = await world.actor('IsaiahL@contoso.com', ['reader', 'operator', 'approver']);
    lee = await world.actor('LeeG@contoso.com', ['reader', 'operator', 'approver']);
  });
  afterEach(async () => world?.stop());

  /** Two users leave scope with a threshold of 1: the cycle holds both deletions back and quarantines the job. */
  async function quarantineForTooManyDeletes(): Promise<string[]> {
    const settings = await world.gateway.getSettings(contosoA.servicePrincipalId);
    await world.gateway.saveSettings(contosoA.servicePrincipalId, {
      ...settings,
      deleteThresholdEnabled: true,
      deleteThresholdValue: 1,
    });
    const extra = [alex.id, megan.id];
    for (const principalId of extra)
      await world.gateway.addAssignment(contosoA.servicePrincipalId, { principalId, appRoleId: contosoA.appRoleId! });
    await world.sim.control('POST', '/configurations/Contoso A/cycle');
    for (const a of await world.gateway.listAssignments(contosoA.servicePrincipalId))
      if (extra.includes(a.principalId)) await world.gateway.removeAssignment(contosoA.servicePrincipalId, a.id);
    const cycle = await world.sim.control('POST', '/configurations/Contoso A/cycle');
    assert.equal(cycle.body.quarantineReason, 'TooManyDeletes');
    return ['Alex Wilber', 'Megan Bowen'];
  }

  const restarts = async () => {
    const { requests } = (await world.sim.control('GET', '/counters')).body as { requests: Record<string, number> };
    return Object.entries(requests)
      .filter(([key]) => RESTART.test(key))
      .reduce((sum, [, n]) => sum + n, 0);
  };

  it('restarts with ForceDeletes once when approvers click together, and the next cycle deletes', async () => {
    const names = await quarantineForTooManyDeletes();
    assert.equal((await targetUsersFor(world.sim, 'Fabrikam', 'AlexW@contoso.com')).length, 1, 'held back');
    const service = world.service();
    const draft = await service.preview({
      actor: megan,
      config: contosoA,
      change: { kind: 'allowDeletes', heldBack: 2, names },
    });
    const { request } = await service.submit(draft.id, megan, { conversation: { id: 'channel' } });
    assert.equal(request.requiredApprovals, 2);
    await world.sim.control('POST', '/counters/reset');

    assert.equal((await service.approve(request.id, alex)).request.status, 'pending');
    assert.equal(await restarts(), 0, 'one approval restarts nothing');
    const job = () => world.gateway.getJob(contosoA.servicePrincipalId, contosoA.job!.id);
    assert.equal((await job())?.status, 'Quarantine');

    // Isaiah and Lee both click Approve, ten times each, at the same moment: one decision wins.
    const clicks = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) => service.approve(request.id, i % 2 ? isaiah : lee)),
    );
    const won = clicks.filter((c) => c.status === 'fulfilled');
    assert.equal(won.length, 1, clicks.map((c) => (c.status === 'rejected' ? String(c.reason) : 'ok')).join('\n'));
    for (const lost of clicks.filter((c): c is PromiseRejectedResult => c.status === 'rejected'))
      assert.ok(isCoded(lost.reason, ErrorCode.StaleAction), String(lost.reason));
    const stored = await service.store.require(request.id);
    assert.equal(stored.status, 'applied', JSON.stringify(stored.result));
    assert.match(stored.result?.detail ?? '', /Contoso A restarted with ForceDeletes/);
    assert.equal(await restarts(), 1, 'exactly one restart');
    assert.equal(stored.history.filter((e) => e.event === 'applied').length, 1);

    // A late click, and a retry, restart nothing more.
    await assert.rejects(service.approve(request.id, isaiah), (e: unknown) => isCoded(e, ErrorCode.StaleAction));
    await assert.rejects(service.retry(request.id, isaiah), (e: unknown) => isCoded(e, ErrorCode.StaleAction));
    assert.equal(await restarts(), 1);

    assert.notEqual((await job())?.status, 'Quarantine', 'the quarantine is cleared');
    await world.sim.control('POST', '/configurations/Contoso A/cycle');
    assert.equal(
      (await targetUsersFor(world.sim, 'Fabrikam', 'AlexW@contoso.com')).length,
      0,
      'the held-back deletion was carried out',
    );
  });

  it('approved after the quarantine was cleared some other way: no restart, and it says why', async () => {
    const names = await quarantineForTooManyDeletes();
    const service = world.service();
    const draft = await service.preview({
      actor: megan,
      config: contosoA,
      change: { kind: 'allowDeletes', heldBack: 2, names },
    });
    const { request } = await service.submit(draft.id, megan, { conversation: { id: 'channel' } });
    await world.gateway.restartJob(contosoA.servicePrincipalId, contosoA.job!.id, ['QuarantineState']);
    await world.sim.control('POST', '/counters/reset');
    await service.approve(request.id, alex);
    const { request: done } = await service.approve(request.id, isaiah);
    assert.equal(done.status, 'noLongerApplies');
    assert.match(done.result?.detail ?? '', /no longer holding back deletions/);
    assert.equal(await restarts(), 0);
  });
});
