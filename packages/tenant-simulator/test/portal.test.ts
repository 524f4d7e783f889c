import assert from 'node:assert/strict';
import { entriesOf, modified, PARTNERS, readAudits } from './auditHelpers';
import { configuration, graph, sourceTenant, tenantNamed, useSimulator, userId } from './helpers';
import type { ReplyJson } from './testSimulator';

const AZURE_PORTAL_APP_ID = 'c44b4083-3bb0-49c1-b47d-974e53cbdf3c';

describe('simulator: changes made "as an admin in the portal" (control API)', () => {
  const s = useSimulator();

  it('turns off inbound automatic redemption as a named target admin, audited like a Graph write', async () => {
    const sim = s.get();
    const contoso = sourceTenant(sim).tenantId;
    const consent = { inboundAllowed: false, outboundAllowed: null };
    const res = await sim.portal('fabrikam', 'KimA@fabrikam.com', 'PATCH', `${PARTNERS}/${contoso}`, {
      automaticUserConsentSettings: consent,
    });
    assert.equal(res.status, 204, JSON.stringify(res.body));
    // The change is real: the Graph client sees it.
    const partner = await graph(sim, 'GET', `${PARTNERS}/${contoso}`, { token: await sim.token('Fabrikam') });
    assert.deepEqual(partner.body.automaticUserConsentSettings, consent);

    const [entry] = await entriesOf(sim, 'Update a partner cross-tenant access setting', 'Fabrikam');
    const kim = await userId(sim, 'KimA@fabrikam.com', 'Fabrikam');
    assert.equal(entry.initiatedBy.app, null);
    assert.deepEqual(entry.initiatedBy.user, {
      id: kim,
      displayName: 'Kim Akers',
      userPrincipalName: 'KimA@fabrikam.com',
      ipAddress: '127.0.0.1',
    });
    // The app the admin acted through is named in additionalDetails.
    assert.ok(entry.additionalDetails.some((d: ReplyJson) => d.key === 'AppId' && d.value === AZURE_PORTAL_APP_ID));
    assert.deepEqual(modified(entry, 'automaticUserConsentSettings'), {
      old: { inboundAllowed: true, outboundAllowed: null },
      new: consent,
    });

    // The same write by the bot's app gives the same entry but for who made it.
    await graph(sim, 'PATCH', `${PARTNERS}/${contoso}`, {
      token: await sim.token('Fabrikam'),
      body: { automaticUserConsentSettings: { inboundAllowed: true, outboundAllowed: null } },
    });
    const [byApp] = await entriesOf(sim, 'Update a partner cross-tenant access setting', 'Fabrikam');
    const shape = (e: ReplyJson) => ({ ...e, id: 0, correlationId: 0, activityDateTime: 0, initiatedBy: 0 });
    const { targetResources: _t, additionalDetails: _d, ...rest } = shape(byApp);
    const { targetResources: _t2, additionalDetails: _d2, ...restPortal } = shape(entry);
    assert.deepEqual(rest, restPortal);
    assert.deepEqual(modified(byApp, 'automaticUserConsentSettings').old, consent);
    assert.equal(byApp.targetResources[0].id, entry.targetResources[0].id);

    const byKim = await readAudits(sim, `initiatedBy/user/id eq '${kim}'`, { tenant: 'Fabrikam' });
    assert.deepEqual(
      byKim.body.value.map((e: ReplyJson) => e.id),
      [entry.id],
    );
    const byUpn = await readAudits(sim, "startswith(initiatedBy/user/userPrincipalName, 'KimA@')", {
      tenant: 'Fabrikam',
    });
    assert.deepEqual(
      byUpn.body.value.map((e: ReplyJson) => e.id),
      [entry.id],
    );
  });

  it('removes a group from a configuration as a source admin (reading the scope through the portal too)', async () => {
    const sim = s.get();
    const a = configuration(sim, 'Contoso A');
    const scope = `/servicePrincipals/${a.servicePrincipalId}/appRoleAssignedTo`;
    const sales = (await graph(sim, 'GET', `/groups?$filter=${encodeURIComponent("displayName eq 'Sales'")}`)).body
      .value[0].id;
    const megan = 'MeganB@contoso.com';
    const sp = await graph(sim, 'GET', `/servicePrincipals/${a.servicePrincipalId}`);
    const added = await sim.portal('contoso', megan, 'POST', scope, {
      principalId: sales,
      resourceId: a.servicePrincipalId,
      appRoleId: sp.body.appRoles[0].id,
    });
    assert.equal(added.status, 201, JSON.stringify(added.body));
    const listed = await sim.portal('contoso', megan, 'GET', `${scope}?$filter=principalId eq ${sales}`);
    assert.equal(listed.status, 200);
    const [assignment] = listed.body.value;
    assert.equal((await sim.portal('contoso', megan, 'DELETE', `${scope}/${assignment.id}`)).status, 204);
    const [entry] = await entriesOf(sim, 'Remove app role assignment from group');
    assert.equal(entry.initiatedBy.user.userPrincipalName, megan);
    assert.deepEqual(
      entry.targetResources.map((t: ReplyJson) => t.id),
      [a.servicePrincipalId, sales],
    );
    assert.deepEqual(modified(entry, 'Group.DisplayName'), { old: 'Sales', new: null });
  });

  it('edits a mapping and changes the scope mode as a source admin', async () => {
    const sim = s.get();
    const b = configuration(sim, 'Contoso B');
    const user = 'AlexW@contoso.com';
    const schemaPath = `/servicePrincipals/${b.servicePrincipalId}/synchronization/jobs/${b.jobId}/schema`;
    const schema = (await sim.portal('contoso', user, 'GET', schemaPath)).body;
    const users = schema.synchronizationRules[0].objectMappings.find((m: ReplyJson) => m.sourceObjectName === 'User');
    const mapping = users.attributeMappings.find((m: ReplyJson) => m.targetAttributeName === 'displayName');
    mapping.source = { expression: '"Contractor"', name: 'Contractor', parameters: [], type: 'Constant' };
    assert.equal((await sim.portal('contoso', user, 'PUT', schemaPath, schema)).status, 204);
    const [mapped] = await entriesOf(sim, 'Update attribute mappings or scope');
    assert.equal(mapped.initiatedBy.user.userPrincipalName, user);
    assert.equal(modified(mapped, `${users.name}/attributeMappings/displayName`).new.source.expression, '"Contractor"');
    const secrets = `/servicePrincipals/${b.servicePrincipalId}/synchronization/secrets`;
    const current = (await graph(sim, 'GET', secrets)).body.value.filter((x: ReplyJson) => x.key !== 'SyncAll');
    const put = await sim.portal('contoso', user, 'PUT', secrets, {
      value: [...current, { key: 'SyncAll', value: 'true' }],
    });
    assert.equal(put.status, 204);
    const [settings] = await entriesOf(sim, 'Update provisioning setting or credentials');
    assert.equal(settings.initiatedBy.user.userPrincipalName, user);
    assert.deepEqual(modified(settings, 'SyncAll').new, 'true');
  });

  it("answers Graph's errors as Graph does, logs nothing for them, and refuses an unknown admin", async () => {
    const sim = s.get();
    const northwind = tenantNamed(sim, 'Northwind Traders').tenantId;
    const before = await entriesOf(sim, 'Update a partner cross-tenant access setting');
    const missing = await sim.portal('contoso', 'MeganB@contoso.com', 'PATCH', `${PARTNERS}/${northwind}x`, {
      automaticUserConsentSettings: { inboundAllowed: true, outboundAllowed: true },
    });
    assert.equal(missing.status, 404);
    assert.equal(missing.body.error.code, 'Directory_ObjectNotFound');
    assert.equal((await entriesOf(sim, 'Update a partner cross-tenant access setting')).length, before.length);
    const stranger = await sim.portal('contoso', 'nobody@contoso.com', 'GET', PARTNERS);
    assert.equal(stranger.status, 400);
    assert.match(stranger.body.error.message, /no user 'nobody@contoso.com'/);
    const incomplete = await sim.control('POST', '/portal/contoso', { user: 'MeganB@contoso.com', method: 'GET' });
    assert.equal(incomplete.status, 400);
    assert.match(incomplete.body.error.message, /'path' is required/);
  });
});
