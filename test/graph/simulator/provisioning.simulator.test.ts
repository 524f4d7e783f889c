import assert from 'node:assert/strict';
import type { GraphGateway } from '../../../src/graph/gateway';
import type { SyncConfiguration } from '../../../src/domain';
import { startTestSimulator, TestSimulator } from '../../support/simulator';
import { gatewayFor, tenantOf } from './simulatorGateway';

describe('graph gateway provisioning against the tenant simulator', function () {
  let sim: TestSimulator;
  let gateway: GraphGateway;
  let configs: SyncConfiguration[];
  const config = (name: string) => configs.find((c) => c.displayName === name)!;
  const userId = async (name: string) => (await gateway.findUsers(name))[0].id;
  const provision = async (configName: string, userName: string) => {
    const c = config(configName);
    const ruleId = await gateway.getUserRuleId(c.servicePrincipalId, c.job!.id);
    return gateway.provisionOnDemand(c.servicePrincipalId, c.job!.id, {
      ruleId: ruleId!,
      subjects: [{ objectId: await userId(userName), objectTypeName: 'User' }],
    });
  };

  before(async () => {
    sim = await startTestSimulator();
    gateway = gatewayFor(sim, tenantOf(sim, 'source')).gateway;
    configs = await gateway.listConfigurations();
  });
  after(async () => sim?.stop());

  it('provisions Adele Vance on demand (form B): created in the target with every step', async () => {
    const [outcome] = await provision('Contoso A', 'Adele Vance');
    assert.equal(outcome.status, 'success', JSON.stringify(outcome));
    assert.equal(outcome.action, 'create');
    for (const kind of ['import', 'scoping', 'matching', 'export'] as const)
      assert.ok(
        outcome.steps.some((s) => s.kind === kind),
        `has a ${kind} step`,
      );
    assert.equal(outcome.modifiedProperties.find((p) => p.name === 'userType')?.newValue, 'Member');
  });

  it('parses the generic form A the same way when the simulator answers with it', async () => {
    assert.equal((await sim.control('PATCH', '/settings', { onDemandForm: 'A' })).status, 200);
    try {
      const [again] = await provision('Contoso A', 'Adele Vance');
      assert.notEqual(again.action, 'create', 'the second run finds her in sync');
      assert.ok(['skipped', 'success'].includes(again.status));
      assert.ok(again.steps.length > 0);
    } finally {
      await sim.control('PATCH', '/settings', { onDemandForm: 'B' });
    }
  });

  it('reports the auto-redemption failure of Contoso B with its code', async () => {
    const [failed] = await provision('Contoso B', 'Nestor Wilke');
    assert.equal(failed.status, 'failure', JSON.stringify(failed));
    assert.equal(failed.error?.code, 'AzureDirectoryB2BManagementPolicyCheckFailure');
  });

  it('lists the provisioning logs of a configuration newest first, filtered by user and status', async () => {
    const a = config('Contoso A');
    const page = await gateway.listProvisioningLogs({ servicePrincipalId: a.servicePrincipalId, top: 50 });
    assert.ok(page.items.length >= 1);
    const times = page.items.map((e) => Date.parse(e.activityDateTime));
    assert.deepEqual(
      times,
      [...times].sort((x, y) => y - x),
      'newest first',
    );
    const adele = await userId('Adele Vance');
    const forAdele = await gateway.listProvisioningLogs({
      servicePrincipalId: a.servicePrincipalId,
      sourceUserId: adele,
    });
    assert.ok(forAdele.items.length >= 1 && forAdele.items.every((e) => e.sourceId === adele));
    const b = config('Contoso B');
    const failures = await gateway.listProvisioningLogs({
      servicePrincipalId: b.servicePrincipalId,
      status: 'failure',
    });
    assert.ok(failures.items.some((e) => e.error?.code === 'AzureDirectoryB2BManagementPolicyCheckFailure'));
  });

  it('pages provisioning logs with the next link as cursor', async () => {
    const a = config('Contoso A');
    const first = await gateway.listProvisioningLogs({ servicePrincipalId: a.servicePrincipalId, top: 1 });
    assert.equal(first.items.length, 1);
    assert.ok(first.next, 'Adele’s two runs make more than one page of one');
    const second = await gateway.nextProvisioningLogs(first.next);
    assert.ok(second.items.length >= 1);
    assert.notEqual(second.items[0].id, first.items[0].id);
  });
});
