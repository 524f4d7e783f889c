import assert from 'node:assert/strict';
import type { SyncConfiguration } from '../../../src/domain';
import type { GraphGateway } from '../../../src/graph/gateway';
import { startTestSimulator, TestSimulator } from '../../support/simulator';
import { gatewayFor, tenantOf } from './simulatorGateway';

describe('graph gateway mapping and settings writes against the tenant simulator', function () {
  let sim: TestSimulator;
  let gateway: GraphGateway;
  let config: SyncConfiguration;
  beforeEach(async () => {
    sim = await startTestSimulator();
    gateway = gatewayFor(sim, tenantOf(sim, 'source')).gateway;
    config = (await gateway.listConfigurations()).find((c) => c.displayName === 'Contoso A')!;
  });
  afterEach(async () => sim?.stop());

  const mapping = async (target: string) =>
    (await gateway.getMappings(config.servicePrincipalId, config.job!.id, { fresh: true }))?.attributeMappings.find(
      (m) => m.targetAttributeName === target,
    );

  it('sets the userType constant and when it applies; the next read shows it at once', async () => {
    const sp = config.servicePrincipalId;
    const jobId = config.job!.id;
    assert.ok(await gateway.getMappings(sp, jobId), 'the summary is cached before the write');
    assert.equal(await gateway.setUserTypeMapping(sp, jobId, 'Guest', false), true);
    const cached = (await gateway.getMappings(sp, jobId))?.attributeMappings.find(
      (m) => m.targetAttributeName === 'userType',
    );
    assert.deepEqual([cached?.sourceType, cached?.source, cached?.flowType], ['Constant', 'Guest', 'Always']);
    await gateway.setUserTypeMapping(sp, jobId, 'Member', true);
    const back = await mapping('userType');
    assert.deepEqual([back?.sourceType, back?.source, back?.flowType], ['Constant', 'Member', 'ObjectAddOnly']);
  });

  it('sets showInAddressList and the display name suffix, and removes the suffix again', async () => {
    const sp = config.servicePrincipalId;
    const jobId = config.job!.id;
    const before = await mapping('showInAddressList');
    await gateway.setShowInAddressList(sp, jobId, false);
    const shown = await mapping('showInAddressList');
    assert.deepEqual([shown?.sourceType, shown?.source], ['Constant', 'False']);
    assert.equal(shown?.flowType, before?.flowType, 'when it applies is kept');

    await gateway.setDisplayNameSuffix(sp, jobId, 'Contoso');
    const suffixed = await mapping('displayName');
    assert.deepEqual([suffixed?.sourceType, suffixed?.source], ['Function', 'Append([displayName], " (Contoso)")']);
    await gateway.setDisplayNameSuffix(sp, jobId, undefined);
    const plain = await mapping('displayName');
    assert.deepEqual([plain?.sourceType, plain?.source], ['Attribute', 'displayName']);
  });

  it('updateSyncSettings changes the named settings and keeps the credentials and the other settings', async () => {
    const sp = config.servicePrincipalId;
    const before = await gateway.getSettings(sp);
    const saved = await gateway.updateSyncSettings(sp, { scopeMode: 'allUsers', notificationsEnabled: true });
    const after = await gateway.getSettings(sp);
    assert.deepEqual(saved, after);
    assert.equal(after.scopeMode, 'allUsers');
    assert.equal(after.notificationsEnabled, true);
    assert.equal(after.companyId, before.companyId);
    assert.equal(after.deleteThresholdEnabled, before.deleteThresholdEnabled);
    assert.equal(after.deleteThresholdValue, before.deleteThresholdValue);
    assert.deepEqual(after.raw.map((s) => s.key).sort(), before.raw.map((s) => s.key).sort(), 'no secret was lost');
    assert.equal((await gateway.getConfiguration(sp))?.scopeMode, 'allUsers');
  });

  it('initializeSettings gives a new configuration its target and starting settings', async () => {
    const fabrikam = tenantOf(sim, 'Fabrikam');
    const created = await gateway.instantiateConfiguration('Fabrikam Lab');
    await gateway.initializeSettings(created.servicePrincipalId, {
      targetTenantId: fabrikam.tenantId,
      scopeMode: 'assignedOnly',
      notificationsEnabled: false,
      deleteThresholdEnabled: false,
    });
    const settings = await gateway.getSettings(created.servicePrincipalId);
    assert.equal(settings.companyId, fabrikam.tenantId);
    assert.equal(settings.scopeMode, 'assignedOnly');
    assert.equal(settings.notificationsEnabled, false);
    assert.equal(settings.deleteThresholdEnabled, false);
    assert.ok(settings.raw.some((s) => s.key === 'AuthenticationType' && s.value === 'SyncPolicy'));
    assert.equal((await gateway.getConfiguration(created.servicePrincipalId))?.target?.tenantId, fabrikam.tenantId);
  });
});
