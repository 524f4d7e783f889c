import assert from 'node:assert/strict';
import { ErrorCode, isCoded } from '../../../src/errors';
import { startTestSimulator, TestSimulator } from '../../support/simulator';
import { gatewayFor, tenantOf } from './simulatorGateway';

describe('graph gateway write paths against the tenant simulator', function () {
  let sim: TestSimulator;
  before(async () => {
    sim = await startTestSimulator();
  });
  after(async () => sim?.stop());

  it('creates a configuration end to end and deletes it again', async () => {
    const source = tenantOf(sim, 'source');
    const fabrikam = tenantOf(sim, 'Fabrikam');
    const { gateway } = gatewayFor(sim, source);

    const created = await gateway.instantiateConfiguration('Contoso Lab');
    assert.ok(created.servicePrincipalId && created.applicationId && created.appRoleId);
    assert.deepEqual(await gateway.validateCredentials(created.servicePrincipalId, fabrikam.tenantId), { ok: true });
    const job = await gateway.createJob(created.servicePrincipalId);
    assert.equal(job.templateId, 'Azure2Azure');
    assert.equal(job.status, 'Paused');
    assert.equal(job.scheduleState, 'Disabled');

    await gateway.initializeSettings(created.servicePrincipalId, {
      targetTenantId: fabrikam.tenantId,
      scopeMode: 'assignedOnly',
      notificationsEnabled: false,
      deleteThresholdEnabled: false,
    });
    const settings = await gateway.getSettings(created.servicePrincipalId);
    await gateway.saveSettings(created.servicePrincipalId, {
      ...settings,
      deleteThresholdEnabled: true,
      deleteThresholdValue: 50,
    });
    const saved = await gateway.getSettings(created.servicePrincipalId);
    assert.equal(saved.deleteThresholdValue, 50);
    assert.equal(saved.companyId, fabrikam.tenantId, 'the other secrets were kept');
    assert.ok(saved.raw.some((s) => s.key === 'AuthenticationType'));

    const [megan] = await gateway.findUsers('Megan Bowen');
    const assignment = await gateway.addAssignment(created.servicePrincipalId, {
      principalId: megan.id,
      appRoleId: created.appRoleId!,
    });
    assert.equal(assignment.principalId, megan.id);
    assert.equal((await gateway.listAssignments(created.servicePrincipalId)).length, 1);

    const listed = await gateway.getConfiguration(created.servicePrincipalId);
    assert.equal(listed?.target?.tenantId, fabrikam.tenantId);
    assert.equal(listed?.job?.id, job.id);

    assert.equal(await gateway.setShowInAddressList(created.servicePrincipalId, job.id, false), true);
    assert.ok(await gateway.getUserRuleId(created.servicePrincipalId, job.id));

    await gateway.removeAssignment(created.servicePrincipalId, assignment.id);
    await gateway.deleteJob(created.servicePrincipalId, job.id);
    assert.deepEqual(await gateway.listJobs(created.servicePrincipalId), []);
    await gateway.deleteServicePrincipal(created.servicePrincipalId);
    await gateway.deleteApplication(created.applicationId);
    assert.equal(await gateway.getConfiguration(created.servicePrincipalId), undefined);
    await assert.rejects(gateway.deleteServicePrincipal(created.servicePrincipalId), (e: unknown) =>
      isCoded(e, ErrorCode.GraphNotFound),
    );
  });

  it('manages partner policies: create, conflict on a second create, patch auto-redemption, inbound sync', async () => {
    const tailspin = sim.connection.tenants.find((t) => t.domain === 'tailspintoys.com')!;
    const source = tenantOf(sim, 'source');
    const target = gatewayFor(sim, tailspin).gateway;
    const existing = await target.getPartner(source.tenantId);
    if (!existing) await target.createPartner(source.tenantId);
    await assert.rejects(target.createPartner(source.tenantId), (e: unknown) => isCoded(e, ErrorCode.GraphConflict));
    await target.updatePartner(source.tenantId, {
      automaticUserConsent: { inboundAllowed: true, outboundAllowed: true },
    });
    // Graph replaces a complex property whole (the simulator's stricter reading): the gateway sends it complete.
    await target.updatePartner(source.tenantId, { automaticUserConsent: { inboundAllowed: false } });
    assert.deepEqual((await target.getPartner(source.tenantId))?.automaticUserConsent, {
      inboundAllowed: false,
      outboundAllowed: true,
    });
    await target.updatePartner(source.tenantId, { automaticUserConsent: { inboundAllowed: true } });
    assert.equal((await target.getPartner(source.tenantId))?.automaticUserConsent.inboundAllowed, true);
    assert.equal((await target.getPartner(source.tenantId))?.automaticUserConsent.outboundAllowed, true);
    const inbound = await target.getIdentitySynchronization(source.tenantId);
    if (!inbound)
      await target.putIdentitySynchronization(source.tenantId, {
        displayName: 'Contoso',
        userSyncInboundAllowed: true,
      });
    await assert.rejects(
      target.putIdentitySynchronization(source.tenantId, { displayName: 'Contoso', userSyncInboundAllowed: true }),
      (e: unknown) => isCoded(e, ErrorCode.GraphConflict),
    );
    await target.updateIdentitySynchronization(source.tenantId, { userSyncInboundAllowed: false });
    assert.equal((await target.getIdentitySynchronization(source.tenantId))?.userSyncInboundAllowed, false);
  });

  it('reads group members and a user’s directory roles for role checks', async () => {
    const source = tenantOf(sim, 'source');
    const { gateway } = gatewayFor(sim, source);
    const admin = sim.connection.people.find((p) => p.directoryRoles.includes('Hybrid Identity Administrator'));
    assert.ok(admin, 'the seed has a Hybrid Identity Administrator');
    const memberships = await gateway.listUserMemberships(admin.id);
    assert.ok(memberships.some((m) => m.kind === 'directoryRole' && m.displayName === 'Hybrid Identity Administrator'));
    const groups = await gateway.findGroups('Sales');
    assert.deepEqual(groups.map((g) => g.displayName).sort(), ['Sales', 'Sales EMEA']);
    const sales = groups.find((g) => g.displayName === 'Sales')!;
    const members = await gateway.listGroupMembers(sales.id);
    assert.deepEqual(
      members.items.map((u) => u.displayName).sort(),
      ['Cameron White', 'Christie Cline', 'Gerhart Moller', 'Isaiah Langer'],
      'the nested group is not a user',
    );
  });
});
