import assert from 'node:assert/strict';
import { incidentActions } from '../../src/alerts/incidentActions';
import type { SyncConfiguration } from '../../src/domain';
import type { GraphGateway } from '../../src/graph/gateway';
import { gatewayFor, tenantOf } from '../graph/simulator/simulatorGateway';
import { startTestSimulator, TestSimulator } from '../support/simulator';

describe('alerts incident actions (recent failures) against the simulator', function () {
  let sim: TestSimulator;
  let gateway: GraphGateway;
  let contosoA: SyncConfiguration;
  before(async () => {
    sim = await startTestSimulator();
    const source = gatewayFor(sim, tenantOf(sim, 'source'));
    gateway = source.gateway;
    contosoA = (await gateway.listConfigurations()).find((c) => c.displayName === 'Contoso A')!;
  });
  after(async () => sim?.stop());

  const incident = (servicePrincipalId: string) => ({
    id: 'incident-1',
    servicePrincipalId,
    configurationName: 'Contoso A',
    openedAt: new Date().toISOString(),
  });

  it('reads the failures since an hour before the incident opened, newest first', async () => {
    const seen: unknown[] = [];
    const actions = incidentActions({
      ...gateway,
      listProvisioningLogs: async (query) => (seen.push(query), { items: [] }),
    });
    const opened = incident(contosoA.servicePrincipalId);
    const { since } = await actions.recentFailures(opened, 10);
    assert.equal(since.getTime(), Date.parse(opened.openedAt) - 3_600_000);
    assert.deepEqual(seen, [{ servicePrincipalId: contosoA.servicePrincipalId, status: 'failure', since, top: 10 }]);
    const live = await incidentActions(gateway).recentFailures(opened, 5);
    assert.ok(live.page.items.every((e) => e.status === 'failure'));
  });
});
