import assert from 'node:assert/strict';
import { configuration, graph, person, reportsGraph, sourceTenant, tenantNamed, useSimulator } from './helpers';
import { entriesOf } from './auditHelpers';
import type { TestSimulator } from './testSimulator';

/** A delegated Graph token for a person, as the bot gets it on their behalf. */
async function tokenFor(sim: TestSimulator, displayName: string, opts: { mfa?: boolean } = {}): Promise<string> {
  const assertion = await sim.userAssertion(person(sim, displayName).id, opts);
  const res = await sim.onBehalfOf(assertion);
  if (res.status !== 200) throw new Error(`no token for ${displayName}: ${JSON.stringify(res.body)}`);
  return String(res.body.access_token);
}

function jobPath(sim: TestSimulator, name = 'Contoso A'): string {
  const c = configuration(sim, name);
  return `/servicePrincipals/${c.servicePrincipalId}/synchronization/jobs/${c.jobId}`;
}

async function provisionAs(sim: TestSimulator, token: string, userId: string) {
  const schema = await graph(sim, 'GET', `${jobPath(sim)}/schema`);
  const ruleId = schema.body.synchronizationRules[0].id;
  return graph(sim, 'POST', `${jobPath(sim)}/provisionOnDemand`, {
    token,
    body: { parameters: [{ ruleId, subjects: [{ objectId: userId, objectTypeName: 'User' }] }] },
  });
}

function assertDenied(res: { status: number; body: any }): void {
  assert.equal(res.status, 403);
  assert.equal(res.body.error.code, 'Authorization_RequestDenied');
  assert.equal(res.body.error.message, 'Insufficient privileges to complete the operation.');
  assert.equal(typeof res.body.error.innerError['request-id'], 'string');
}

describe('simulator: delegated calls need the scope and a documented directory role', () => {
  const s = useSimulator();

  it('lets a Hybrid Identity Administrator provision on demand; the provisioning log names the person', async () => {
    const sim = s.get();
    const alex = person(sim, 'Alex Wilber');
    const adele = person(sim, 'Adele Vance');
    const res = await provisionAs(sim, await tokenFor(sim, 'Alex Wilber'), adele.id);
    assert.equal(res.status, 200);
    const logs = await reportsGraph(
      sim,
      'GET',
      `/auditLogs/provisioning?$filter=${encodeURIComponent(`sourceIdentity/id eq '${adele.id}'`)}`,
    );
    const mine = logs.body.value.filter((e: any) => e.initiatedBy.initiatorType === 'user');
    assert.equal(mine.length, 1);
    assert.deepEqual(mine[0].initiatedBy, { id: alex.id, displayName: 'Alex Wilber', initiatorType: 'user' });
  });

  it("refuses a Global Reader (the bot may call them an operator; Entra does not) with Graph's 403", async () => {
    const sim = s.get();
    const token = await tokenFor(sim, 'Lynne Robbins');
    assertDenied(await provisionAs(sim, token, person(sim, 'Adele Vance').id));
    assertDenied(await graph(sim, 'POST', `${jobPath(sim)}/pause`, { token }));
    // Reading users needs no role but a users scope, which the bot's consented delegated permissions do not hold.
    assertDenied(await graph(sim, 'GET', '/users?$top=1', { token }));
  });

  it('refuses a role that is only eligible in PIM, and allows the same token once the role is activated', async () => {
    const sim = s.get();
    const allan = person(sim, 'Allan Deyoung');
    assert.deepEqual(allan.directoryRoles, []);
    assert.deepEqual(allan.eligibleDirectoryRoles, ['Application Administrator']);
    const token = await tokenFor(sim, 'Allan Deyoung');
    assertDenied(await graph(sim, 'POST', `${jobPath(sim, 'Contoso B')}/pause`, { token }));
    const activated = await sim.setUserAccess(allan.id, { roles: ['Application Administrator'], eligibleRoles: [] });
    assert.deepEqual(activated.body.directoryRoles, ['Application Administrator']);
    try {
      const paused = await graph(sim, 'POST', `${jobPath(sim, 'Contoso B')}/pause`, { token });
      assert.equal(paused.status, 204);
    } finally {
      await sim.setUserAccess(allan.id, { roles: [], eligibleRoles: ['Application Administrator'] });
      await graph(sim, 'POST', `${jobPath(sim, 'Contoso B')}/start`);
    }
  });

  it('lists the PIM eligibility a client can name (roleEligibilityScheduleInstances), app-only', async () => {
    const sim = s.get();
    const allan = person(sim, 'Allan Deyoung');
    const filter = encodeURIComponent(`principalId eq '${allan.id}'`);
    const res = await graph(sim, 'GET', `/roleManagement/directory/roleEligibilityScheduleInstances?$filter=${filter}`);
    assert.equal(res.status, 200);
    assert.deepEqual(
      res.body.value.map((x: any) => [x.principalId, x.roleDefinitionId, x.directoryScopeId]),
      [[allan.id, '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3', '/']],
    );
    const t = sourceTenant(sim);
    await sim.control('PATCH', `/tenants/contoso/apps/${t.limitedClientId}`, { roles: ['User.Read.All'] });
    const token = await sim.token(undefined, { limited: true });
    assertDenied(await graph(sim, 'GET', '/roleManagement/directory/roleEligibilityScheduleInstances', { token }));
  });

  it('lets a Security Administrator change cross-tenant access settings but not synchronization jobs', async () => {
    const sim = s.get();
    const fabrikam = tenantNamed(sim, 'Fabrikam').tenantId;
    const partner = `/policies/crossTenantAccessPolicy/partners/${fabrikam}`;
    const patti = await tokenFor(sim, 'Patti Fernandez');
    const change = { automaticUserConsentSettings: { inboundAllowed: null, outboundAllowed: true } };
    assert.equal((await graph(sim, 'PATCH', partner, { token: patti, body: change })).status, 204);
    const sync = { userSyncInbound: { isSyncAllowed: true } };
    const put = await graph(sim, 'PUT', `${partner}/identitySynchronization`, { token: patti, body: sync });
    assert.ok(put.status >= 200 && put.status < 300, `PUT identitySynchronization: ${put.status}`);
    assertDenied(await graph(sim, 'POST', `${jobPath(sim)}/start`, { token: patti }));
    const alex = await tokenFor(sim, 'Alex Wilber');
    assertDenied(await graph(sim, 'PATCH', partner, { token: alex, body: change }));
  });

  it('audits a delegated change with the person as initiator and the bot app in AppId', async () => {
    const sim = s.get();
    const patti = person(sim, 'Patti Fernandez');
    const partner = `/policies/crossTenantAccessPolicy/partners/${tenantNamed(sim, 'Northwind Traders').tenantId}`;
    const change = { automaticUserConsentSettings: { inboundAllowed: null, outboundAllowed: true } };
    const res = await graph(sim, 'PATCH', partner, { token: await tokenFor(sim, 'Patti Fernandez'), body: change });
    assert.equal(res.status, 204);
    const [entry] = await entriesOf(sim, 'Update a partner cross-tenant access setting');
    assert.equal(entry.initiatedBy.app, null);
    assert.equal(entry.initiatedBy.user.id, patti.id);
    assert.equal(entry.initiatedBy.user.userPrincipalName, patti.userPrincipalName);
    const appId = entry.additionalDetails.find((d: { key: string }) => d.key === 'AppId');
    assert.equal(appId?.value, sourceTenant(sim).clientId);
  });

  it('lets a Teams Administrator change a partner but not its identity synchronization settings', async () => {
    const sim = s.get();
    const diego = person(sim, 'Diego Siciliani');
    const partner = `/policies/crossTenantAccessPolicy/partners/${tenantNamed(sim, 'Fabrikam').tenantId}`;
    await sim.setUserAccess(diego.id, { roles: ['Teams Administrator'] });
    try {
      const token = await tokenFor(sim, 'Diego Siciliani');
      const change = { automaticUserConsentSettings: { inboundAllowed: null, outboundAllowed: true } };
      assert.equal((await graph(sim, 'PATCH', partner, { token, body: change })).status, 204);
      const sync = { userSyncInbound: { isSyncAllowed: false } };
      assertDenied(await graph(sim, 'PATCH', `${partner}/identitySynchronization`, { token, body: sync }));
    } finally {
      await sim.setUserAccess(diego.id, { roles: [] });
    }
  });

  it('lets a Cloud Application Administrator (after MFA) and a Global Administrator assign users', async () => {
    const sim = s.get();
    const c = configuration(sim, 'Contoso A');
    const sp = await graph(sim, 'GET', `/servicePrincipals/${c.servicePrincipalId}`);
    const assign = (token: string, who: string) =>
      graph(sim, 'POST', `/servicePrincipals/${c.servicePrincipalId}/appRoleAssignedTo`, {
        token,
        body: { principalId: person(sim, who).id, resourceId: c.servicePrincipalId, appRoleId: sp.body.appRoles[0].id },
      });
    assert.equal((await assign(await tokenFor(sim, 'Miriam Graham', { mfa: true }), 'Lynne Robbins')).status, 201);
    assert.equal((await assign(await tokenFor(sim, 'Megan Bowen'), 'Allan Deyoung')).status, 201);
    assertDenied(await assign(await tokenFor(sim, 'Patti Fernandez'), 'Patti Fernandez'));
  });

  it('refuses even a Global Administrator when the token lacks the delegated permission', async () => {
    const sim = s.get();
    const t = sourceTenant(sim);
    await sim.control('PATCH', `/tenants/contoso/apps/${t.clientId}`, { delegatedScopes: ['User.Read'] });
    try {
      const token = await tokenFor(sim, 'Megan Bowen');
      assertDenied(await graph(sim, 'POST', `${jobPath(sim)}/start`, { token }));
    } finally {
      await sim.control('PATCH', `/tenants/contoso/apps/${t.clientId}`, {
        delegatedScopes: [
          'User.Read',
          'Synchronization.ReadWrite.All',
          'Application.ReadWrite.All',
          'AppRoleAssignment.ReadWrite.All',
          'Policy.Read.All',
          'Policy.ReadWrite.CrossTenantAccess',
          'CrossTenantInformation.ReadBasic.All',
        ],
      });
    }
  });
});
