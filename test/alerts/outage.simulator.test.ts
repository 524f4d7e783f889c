import assert from 'node:assert/strict';
import { breakPolicy, monitorRig, MonitorRig } from './support';

describe('alert monitor when Graph or a conversation fails', function () {
  this.timeout(60_000);
  let rig: MonitorRig;

  beforeEach(async () => {
    rig = await monitorRig({ settings: { burstThreshold: 2 } });
    await breakPolicy(rig.sim, 'northwind', 'inboundAutoRedemption', 'contoso', true);
    await rig.cycle('Contoso B');
    await rig.subscribe('channel');
    await rig.monitor.pollNow();
    rig.notifier.take();
  });

  afterEach(async () => {
    await rig.sim.control('DELETE', '/faults');
    await rig?.stop();
  });

  it('loses nothing and raises nothing during a Graph outage, then alerts once Graph is back', async () => {
    await breakPolicy(rig.sim, 'northwind', 'inboundUserSync', 'contoso');
    await rig.cycle('Contoso B');
    const before = await rig.leader.readCursor();
    await rig.sim.control('POST', '/faults', { kind: 'error', status: 503 });
    const during = await rig.monitor.pollNow();
    assert.equal(during?.ok, false);
    assert.deepEqual(rig.notifier.take(), [], 'no false alert, no false recovery');
    assert.deepEqual(await rig.leader.readCursor(), before, 'watermarks not advanced');
    assert.ok(rig.logs.find('configurations could not be read').length === 1);

    await rig.sim.control('DELETE', '/faults');
    const after = await rig.monitor.pollNow();
    assert.equal(after?.ok, true);
    assert.deepEqual(
      rig.notifier.take().map((d) => [d.kind, d.incident?.kind]),
      [['post', 'access']],
    );
  });

  it('keeps the log stream watermark while the logs fail, and reads them later', async () => {
    await rig.sim.control('POST', '/faults', { kind: 'error', status: 500, path: '/auditLogs/provisioning' });
    await breakPolicy(rig.sim, 'fabrikam', 'guestInvitations', 'contoso');
    const assigned = await rig.gateway.findGroups('Sales');
    const [contosoA] = (await rig.gateway.listConfigurationJobs()).filter((c) => c.displayName === 'Contoso A');
    const config = await rig.gateway.getConfiguration(contosoA.servicePrincipalId);
    await rig.gateway.addAssignment(contosoA.servicePrincipalId, {
      principalId: assigned[0].id,
      appRoleId: config!.appRoleId!,
    });
    await rig.cycle('Contoso A');
    const before = (await rig.leader.readCursor())!;
    const during = await rig.monitor.pollNow();
    assert.equal(during?.ok, false);
    assert.equal(during?.failedConfigurations, 2, 'every configuration waits for the stream');
    assert.deepEqual(rig.notifier.take(), []);
    assert.deepEqual((await rig.leader.readCursor())!.stream, before.stream, 'stream watermark kept');
    assert.ok(rig.logs.find('provisioning logs could not be read').length === 1);

    await rig.sim.control('DELETE', '/faults');
    await rig.monitor.pollNow();
    const burst = rig.notifier.take().find((d) => d.kind === 'post');
    assert.equal(burst?.incident?.kind, 'failures', JSON.stringify(burst));
    assert.equal(burst?.incident?.discriminator, 'AzureActiveDirectoryForbidden');
    assert.ok((burst?.incident?.totalFailures ?? 0) >= 2);
    assert.ok((burst?.incident?.affectedUsers.length ?? 0) >= 2);
  });

  it(
    'retires the subscription of a conversation the bot was removed from (403) and keeps serving ' + 'the others',
    async () => {
      await rig.subscribe('other-channel');
      rig.notifier.gone.set('channel', 403);
      await breakPolicy(rig.sim, 'northwind', 'inboundUserSync', 'contoso');
      await rig.cycle('Contoso B');
      await rig.monitor.pollNow();
      assert.deepEqual(
        rig.notifier.take().map((d) => d.subscription),
        ['other-channel'],
      );
      assert.match((await rig.subscriptions.get('channel'))?.retiredReason ?? '', /403/);
      assert.deepEqual(
        (await rig.subscriptions.active()).map((s) => s.id),
        ['other-channel'],
      );
      assert.equal(rig.logs.find('conversation gone: subscription retired').length, 1);
    },
  );
});
