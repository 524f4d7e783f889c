import assert from 'node:assert/strict';
import { utcDay } from '../../src/alerts/digest/digest';
import { digestText } from '../../src/bot/features/alerts/digestText';
import { breakPolicy, Delivery, monitorRig, MonitorRig } from './support';

/** The daily digest: counted by the monitor as it reads logs, sent once by the first poll of the next UTC day. */
describe('daily digest on the simulator', function () {
  this.timeout(60_000);
  let rig: MonitorRig;
  let clock: Date;
  /** The simulator logs at the real time, so the monitor's day is today's; "tomorrow" is past the next UTC midnight. */
  let today: string;
  const tomorrowAt = (time: string) => new Date(Date.parse(`${today}T${time}Z`) + 86_400_000);
  const digests = (deliveries: Delivery[]) => deliveries.filter((d) => d.kind === 'digest');

  beforeEach(async () => {
    clock = new Date();
    today = utcDay(clock);
    rig = await monitorRig({ now: () => clock });
    await breakPolicy(rig.sim, 'northwind', 'inboundAutoRedemption', 'contoso', true);
    await rig.cycle('Contoso B');
    const [contosoB] = (await rig.gateway.listConfigurationJobs()).filter((c) => c.displayName === 'Contoso B');
    await rig.subscribe('digest-all', {}, { alerts: false, digest: true });
    await rig.subscribe(
      'digest-contoso-b',
      { configuration: { servicePrincipalId: contosoB.servicePrincipalId, displayName: 'Contoso B' } },
      { alerts: false, digest: true },
    );
    await rig.subscribe('alerts-only');
    // The monitor starts after that cycle: its log stream starts at its first poll.
    clock = new Date();
    await rig.monitor.pollNow();
    assert.deepEqual(digests(rig.notifier.take()), [], 'the first poll of a day sends nothing');
  });

  afterEach(async () => {
    await rig?.stop();
  });

  it("sends yesterday's numbers once, to digest subscriptions only, filtered by their configuration", async () => {
    await breakPolicy(rig.sim, 'northwind', 'inboundUserSync', 'contoso');
    const [contosoB] = (await rig.gateway.listConfigurationJobs()).filter((c) => c.displayName === 'Contoso B');
    await rig.gateway.restartJob(contosoB.servicePrincipalId, contosoB.job!.id, ['Watermark']);
    await rig.cycle('Contoso B'); // a full cycle: every user fails on the broken inbound policy
    await rig.cycle('Contoso A');
    await rig.monitor.pollNow();
    assert.deepEqual(digests(rig.notifier.take()), [], 'not before the day is over');

    clock = tomorrowAt('00:05:00');
    await rig.monitor.pollNow();
    const sent = digests(rig.notifier.take());
    assert.deepEqual(sent.map((d) => d.subscription).sort(), ['digest-all', 'digest-contoso-b']);
    const all = sent.find((d) => d.subscription === 'digest-all')!.digest!;
    assert.equal(all.day, today);
    const dayOfB = all.configurations.find((c) => c.displayName === 'Contoso B');
    assert.ok(dayOfB && dayOfB.failed > 0, JSON.stringify(all));
    assert.ok(
      dayOfB.topErrors.some((e) => /PolicyCheckFailure/.test(e.code)),
      JSON.stringify(dayOfB.topErrors),
    );
    assert.deepEqual(
      sent.find((d) => d.subscription === 'digest-contoso-b')!.digest!.configurations.map((c) => c.displayName),
      ['Contoso B'],
    );
    const text = digestText(all);
    assert.ok(text.startsWith(`Daily digest for ${today} (UTC):`), text);
    assert.match(
      text,
      new RegExp(`\\*\\*Contoso B\\*\\*: .*${dayOfB.failed} failed; top errors: .*PolicyCheckFailure`),
    );

    await rig.monitor.pollNow();
    await rig.restart();
    await rig.monitor.pollNow();
    assert.deepEqual(digests(rig.notifier.take()), [], 'once a day, also across a restart');
  });

  it('says a quiet day was quiet, and retires a conversation the bot was removed from', async () => {
    clock = tomorrowAt('08:00:00');
    rig.notifier.gone.set('digest-contoso-b', 403);
    await rig.monitor.pollNow();
    const [quiet] = digests(rig.notifier.take());
    assert.equal(quiet.subscription, 'digest-all');
    assert.equal(digestText(quiet.digest!), `Daily digest for ${today}: no provisioning activity.`);
    assert.ok((await rig.subscriptions.get('digest-contoso-b'))?.retiredAt, 'a 403 retires the subscription');
    assert.equal((await rig.subscriptions.get('digest-all'))?.retiredAt, undefined);
  });
});
