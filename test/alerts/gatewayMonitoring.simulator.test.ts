import assert from 'node:assert/strict';
import { CodedError } from '../../src/errors';
import { gatewayFor, tenantOf } from '../graph/simulator/simulatorGateway';
import { startTestSimulator, TestSimulator } from '../support/simulator';

/** The gateway's monitoring reads (listConfigurationJobs, readProvisioningStream) against the simulator. */
describe('Graph gateway: monitoring reads', function () {
  this.timeout(60_000);
  let sim: TestSimulator;

  before(async () => {
    sim = await startTestSimulator();
  });
  after(async () => sim?.stop());

  it('lists configurations with their jobs in batched round trips, without secrets', async () => {
    await sim.control('POST', '/seed/configurations', { count: 38 });
    const { gateway, requests } = gatewayFor(sim, tenantOf(sim, 'source'));
    const configs = await gateway.listConfigurationJobs();
    assert.equal(configs.length, 40);
    assert.ok(configs.every((c) => c.job?.templateId === 'Azure2Azure'));
    assert.ok(
      configs.every((c) => c.target === undefined),
      'no secrets read',
    );
    const graphCalls = requests.filter((r) => !/oauth2/.test(r.path));
    assert.ok(graphCalls.length <= 4, `${graphCalls.length} round trips for 40 configurations`);
  });

  it('reads the tenant-wide log stream oldest first, paged, with gt (the documented operator)', async () => {
    await sim.control('POST', '/seed/provisioning-logs', { count: 30, configuration: 'Contoso A', hours: 1 });
    const { gateway, requests } = gatewayFor(sim, tenantOf(sim, 'source'));
    await sim.control('POST', '/faults', { kind: 'error', status: 500, path: '/auditLogs/provisioning', count: 1 });
    const since = new Date(Date.now() - 2 * 3_600_000);
    await assert.rejects(gateway.readProvisioningStream(since, 10), CodedError);
    const page = await gateway.readProvisioningStream(since, 10);
    assert.equal(page.items.length, 10);
    const times = page.items.map((e) => Date.parse(e.activityDateTime));
    assert.deepEqual(
      times,
      [...times].sort((a, b) => a - b),
      'oldest first',
    );
    assert.ok(page.next);
    const second = await gateway.nextProvisioningLogs(page.next!);
    assert.ok(Date.parse(second.items[0].activityDateTime) >= times[times.length - 1]);
    assert.ok(
      requests.filter((r) => /auditLogs/.test(r.path)).every((r) => r.status !== 429),
      'the reports budget keeps Graph from throttling',
    );
  });
});
