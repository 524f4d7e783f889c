import assert from 'node:assert/strict';
import { breakPolicy, monitorRig, MonitorRig } from './support';

/**
 * The monitor against the real simulator (HTTPS, real gateway) and a real SQLite file; only the chat side is recorded.
 */
describe('alert monitor on the simulator', function () {
  this.timeout(60_000);
  let rig: MonitorRig;

  beforeEach(async () => {
    rig = await monitorRig();
    // Northwind is seeded with inbound automatic redemption off: make Contoso B healthy first.
    await breakPolicy(rig.sim, 'northwind', 'inboundAutoRedemption', 'contoso', true);
    await rig.cycle('Contoso B');
    await rig.subscribe('msteams/t/channel-identity-ops');
    const first = await rig.monitor.pollNow();
    assert.equal(first?.ok, true);
    assert.equal(first?.logsRead, 0, 'the first poll reads no history, only statuses');
    assert.deepEqual(rig.notifier.take(), []);
  });

  afterEach(async () => {
    await rig?.stop();
  });

  it(
    'alerts once on a broken inbound policy, updates the same card when the job is quarantined, ' +
      'and announces recovery',
    async () => {
      await breakPolicy(rig.sim, 'northwind', 'inboundUserSync', 'contoso');
      await rig.cycle('Contoso B');
      const report = await rig.monitor.pollNow();
      assert.equal(report?.logsRead, 1, 'only the configuration that ran is read');
      const [posted, ...others] = rig.notifier.take();
      assert.equal(others.length, 0);
      assert.equal(posted.kind, 'post');
      assert.equal(posted.incident?.kind, 'access');
      assert.equal(posted.incident?.configurationName, 'Contoso B');
      assert.ok(
        posted.incident?.errors.some(
          (e) => /PolicyCheckFailure/.test(e.code) && /inbound synchronization/.test(e.reason ?? ''),
        ),
        JSON.stringify(posted.incident?.errors),
      );

      // Same problem next cycles: no new card; once quarantined the card is updated and the channel told it got worse.
      await rig.cycle('Contoso B');
      await rig.cycle('Contoso B');
      await rig.monitor.pollNow();
      const later = rig.notifier.take();
      assert.ok(
        later.every((d) => d.kind !== 'post'),
        JSON.stringify(later.map((d) => d.kind)),
      );
      const update = later.find((d) => d.kind === 'update');
      assert.equal(update?.activityId, posted.activityId);
      assert.equal(update?.incident?.quarantineReason, 'EncounteredQuarantineException');
      assert.equal(update?.incident?.severity, 'critical');
      assert.ok(later.some((d) => d.kind === 'announce' && d.change === 'worse'));

      await breakPolicy(rig.sim, 'northwind', 'inboundUserSync', 'contoso', true);
      const repaired = await rig.cycle('Contoso B');
      assert.equal(repaired.statusCode, 'Active', JSON.stringify(repaired));
      await rig.monitor.pollNow();
      const recovery = rig.notifier.take();
      assert.ok(
        recovery.some(
          (d) => d.kind === 'update' && d.incident?.state === 'resolved' && d.activityId === posted.activityId,
        ),
      );
      assert.ok(recovery.some((d) => d.kind === 'announce' && d.change === 'resolved'));
      assert.equal(rig.logs.find('alert posted').length, 1);
    },
  );

  it('posts an incident that is still open to a conversation that subscribes later, once', async () => {
    await breakPolicy(rig.sim, 'northwind', 'inboundUserSync', 'contoso');
    await rig.cycle('Contoso B');
    await rig.monitor.pollNow();
    rig.notifier.take();
    await rig.subscribe('msteams/t/late-chat');
    await rig.monitor.pollNow();
    await rig.monitor.pollNow();
    const late = rig.notifier.take();
    assert.deepEqual(
      late.map((d) => [d.kind, d.subscription]),
      [['post', 'msteams/t/late-chat']],
    );
  });

  it(
    'leaves out conversations that asked for another configuration or for quarantine only, until ' +
      'it is quarantined',
    async () => {
      const [contosoA] = (await rig.gateway.listConfigurationJobs()).filter((c) => c.displayName === 'Contoso A');
      await rig.subscribe('only-contoso-a', {
        configuration: { servicePrincipalId: contosoA.servicePrincipalId, displayName: 'Contoso A' },
      });
      await rig.subscribe('quarantine-only', { quarantineOnly: true });
      await breakPolicy(rig.sim, 'northwind', 'inboundUserSync', 'contoso');
      await rig.cycle('Contoso B');
      await rig.monitor.pollNow();
      assert.deepEqual(
        rig.notifier.take().map((d) => d.subscription),
        ['msteams/t/channel-identity-ops'],
      );
      await rig.cycle('Contoso B');
      await rig.cycle('Contoso B');
      await rig.monitor.pollNow();
      const quarantined = rig.notifier.take();
      assert.ok(quarantined.some((d) => d.kind === 'post' && d.subscription === 'quarantine-only'));
      assert.ok(!quarantined.some((d) => d.subscription === 'only-contoso-a'));
    },
  );

  it('does not post the incident again after a restart (dedupe from storage), and keeps the watermark', async () => {
    await breakPolicy(rig.sim, 'northwind', 'inboundUserSync', 'contoso');
    await rig.cycle('Contoso B');
    await rig.monitor.pollNow();
    assert.equal(rig.notifier.take().filter((d) => d.kind === 'post').length, 1);
    const before = await rig.leader.readCursor();

    await rig.restart();
    assert.deepEqual(await rig.leader.readCursor(), before, 'the cursor survives the restart');
    await rig.monitor.pollNow();
    assert.deepEqual(rig.notifier.take(), [], 'nothing new: no card, no update');
    await rig.cycle('Contoso B');
    await rig.monitor.pollNow();
    assert.equal(rig.notifier.take().filter((d) => d.kind === 'post').length, 0);
  });

  it('reports the deletion threshold with the staged deletes', async () => {
    const seeded = await rig.sim.control('GET', '/configurations');
    const contosoA = seeded.body.value.find((c: any) => c.displayName === 'Contoso A');
    await rig.sim.control('POST', `/configurations/Contoso A/cycle`);
    await rig.monitor.pollNow();
    rig.notifier.take();
    // Lower the threshold to 1 and unassign everyone: the next cycle would delete more than that.
    const config = await rig.gateway.getConfiguration(contosoA.servicePrincipalId);
    const settings = await rig.gateway.getSettings(config!.servicePrincipalId);
    await rig.gateway.saveSettings(config!.servicePrincipalId, {
      ...settings,
      deleteThresholdEnabled: true,
      deleteThresholdValue: 1,
    });
    for (const assignment of await rig.gateway.listAssignments(config!.servicePrincipalId))
      await rig.gateway.removeAssignment(config!.servicePrincipalId, assignment.id);
    const summary = await rig.cycle('Contoso A');
    assert.equal(summary.quarantineReason, 'TooManyDeletes', JSON.stringify(summary));
    await rig.monitor.pollNow();
    const posted = rig.notifier.take().find((d) => d.kind === 'post');
    assert.equal(posted?.incident?.kind, 'deletes');
    assert.equal(posted?.incident?.quarantineReason, 'TooManyDeletes');
    assert.ok((posted?.incident?.stagedDeletes ?? 0) > 0);
  });
});
