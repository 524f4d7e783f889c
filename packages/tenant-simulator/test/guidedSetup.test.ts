import assert from 'node:assert/strict';
import { graph, sourceTenant, tenantNamed, untilFound, useSimulator } from './helpers';
import type { TestSimulator } from './testSimulator';

const TEMPLATE = '518e5f48-1fc8-4c48-9387-9fdf28b0dfe7';
const PARTNERS = '/policies/crossTenantAccessPolicy/partners';

async function newConfiguration(sim: TestSimulator, displayName: string, targetTenantId: string) {
  const inst = await graph(sim, 'POST', `/applicationTemplates/${TEMPLATE}/instantiate`, { body: { displayName } });
  assert.equal(inst.status, 201);
  const sp = inst.body.servicePrincipal;
  assert.equal((await untilFound(sim, `/servicePrincipals/${sp.id}`)).status, 200);
  const credentials = [
    { key: 'CompanyId', value: targetTenantId },
    { key: 'AuthenticationType', value: 'SyncPolicy' },
  ];
  const test = () =>
    graph(sim, 'POST', `/servicePrincipals/${sp.id}/synchronization/jobs/validateCredentials`, {
      body: { useSavedCredentials: false, templateId: 'Azure2Azure', credentials },
    });
  return { sp, test };
}

describe('simulator: rehearsing a guided setup', () => {
  const s = useSimulator();

  it('sets up Tailspin Toys from nothing until test connection passes and the first user is created', async () => {
    const sim = s.get();
    const tailspin = tenantNamed(sim, 'Tailspin Toys').tenantId;
    const lookup = await graph(
      sim,
      'GET',
      "/tenantRelationships/findTenantInformationByDomainName(domainName='tailspintoys.com')",
    );
    assert.equal(lookup.body.tenantId, tailspin);
    const { sp, test } = await newConfiguration(sim, 'Tailspin', tailspin);
    const before = await test();
    assert.equal(before.status, 400);
    assert.deepEqual(
      before.body.error.details.map((d: { code: unknown }) => d.code),
      ['outboundAutoRedemption'],
    );

    assert.equal((await graph(sim, 'POST', PARTNERS, { body: { tenantId: tailspin } })).status, 201);
    assert.equal(
      (await graph(sim, 'POST', PARTNERS, { body: { tenantId: tailspin } })).status,
      409,
      'a repeated step is reported as a conflict',
    );
    assert.equal(
      (
        await graph(sim, 'PATCH', `${PARTNERS}/${tailspin}`, {
          body: {
            automaticUserConsentSettings: { outboundAllowed: true },
            inboundTrust: { isMfaAccepted: true, isCompliantDeviceAccepted: true },
          },
        })
      ).status,
      204,
    );
    assert.equal((await test()).status, 204);

    const job = (
      await graph(sim, 'POST', `/servicePrincipals/${sp.id}/synchronization/jobs`, {
        body: { templateId: 'Azure2Azure' },
      })
    ).body;
    assert.equal((await untilFound(sim, `/servicePrincipals/${sp.id}/synchronization/jobs/${job.id}`)).status, 200);
    const secrets = [
      { key: 'AuthenticationType', value: 'SyncPolicy' },
      { key: 'CompanyId', value: tailspin },
      {
        key: 'SyncNotificationSettings',
        value: '{"Enabled":false,"DeleteThresholdEnabled":true,"DeleteThresholdValue":500}',
      },
      { key: 'SyncAll', value: 'false' },
    ];
    assert.equal(
      (await graph(sim, 'PUT', `/servicePrincipals/${sp.id}/synchronization/secrets`, { body: { value: secrets } }))
        .status,
      204,
    );
    const grady = (await graph(sim, 'GET', '/users/GradyA@contoso.com?$select=id')).body.id;
    const assignment = await graph(sim, 'POST', `/servicePrincipals/${sp.id}/appRoleAssignedTo`, {
      body: { principalId: grady, resourceId: sp.id, appRoleId: sp.appRoles[0].id },
    });
    assert.equal(assignment.status, 201);
    const schema = (await graph(sim, 'GET', `/servicePrincipals/${sp.id}/synchronization/jobs/${job.id}/schema`)).body;
    const ood = await graph(
      sim,
      'POST',
      `/servicePrincipals/${sp.id}/synchronization/jobs/${job.id}/provisionOnDemand`,
      {
        body: {
          parameters: [
            { ruleId: schema.synchronizationRules[0].id, subjects: [{ objectId: grady, objectTypeName: 'User' }] },
          ],
        },
      },
    );
    assert.equal(ood.status, 200);
    const [result] = JSON.parse(ood.body.value);
    assert.equal(result.action, 'Create');
    const there = await graph(
      sim,
      'GET',
      `/users?$filter=${encodeURIComponent("mail eq 'GradyA@contoso.com'")}&$select=userType`,
      { token: await sim.token('Tailspin Toys') },
    );
    assert.deepEqual(there.body.value, [{ userType: 'Member' }]);
    const job2 = (await graph(sim, 'GET', `/servicePrincipals/${sp.id}/synchronization/jobs/${job.id}`)).body;
    assert.equal(job2.status.code, 'Paused', 'nothing is started until the admin says so');
  });

  it("reports Woodgrove's missing inbound user sync as the target side's setting", async () => {
    const sim = s.get();
    const woodgrove = tenantNamed(sim, 'Woodgrove Bank').tenantId;
    await graph(sim, 'POST', PARTNERS, {
      body: { tenantId: woodgrove, automaticUserConsentSettings: { outboundAllowed: true } },
    });
    const { test } = await newConfiguration(sim, 'Woodgrove', woodgrove);
    const res = await test();
    assert.equal(res.status, 400);
    assert.equal(res.body.error.code, 'AzureDirectoryB2BManagementPolicyCheckFailure');
    assert.deepEqual(
      res.body.error.details.map((d: { target: unknown; code: unknown }) => [d.target, d.code]),
      [['target', 'inboundUserSync']],
    );
    const contoso = sourceTenant(sim).tenantId;
    const wg = await sim.token('Woodgrove Bank');
    const put = await graph(sim, 'PUT', `${PARTNERS}/${contoso}/identitySynchronization`, {
      token: wg,
      body: { displayName: 'Contoso', userSyncInbound: { isSyncAllowed: true } },
    });
    assert.equal(put.status, 204);
    assert.equal((await test()).status, 204);
  });
});
