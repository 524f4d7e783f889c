import assert from 'node:assert/strict';
import { graph, sourceTenant, tenantNamed, useSimulator } from './helpers';

const PARTNERS = '/policies/crossTenantAccessPolicy/partners';

describe('simulator: cross-tenant access policy partners and identity synchronization', () => {
  const s = useSimulator();

  it('lists the source partners with identitySynchronization expanded (null when absent)', async () => {
    const sim = s.get();
    const res = await graph(sim, 'GET', `${PARTNERS}?$expand=identitySynchronization`);
    assert.equal(res.status, 200);
    const fabrikam = tenantNamed(sim, 'Fabrikam').tenantId;
    const entry = res.body.value.find((p: { tenantId: unknown }) => p.tenantId === fabrikam);
    assert.deepEqual(entry.automaticUserConsentSettings, { inboundAllowed: null, outboundAllowed: true });
    assert.equal(entry.inboundTrust.isMfaAccepted, true);
    assert.equal(entry.identitySynchronization, null);
    assert.ok(
      !res.body.value.some((p: { tenantId: unknown }) => p.tenantId === tenantNamed(sim, 'Tailspin Toys').tenantId),
    );
  });

  it('keeps the expanded identitySynchronization with $select=tenantId (the documented example)', async () => {
    const sim = s.get();
    const contoso = sourceTenant(sim).tenantId;
    const res = await graph(sim, 'GET', `${PARTNERS}?$select=tenantId&$expand=identitySynchronization`, {
      token: await sim.token('Fabrikam'),
    });
    assert.deepEqual(res.body.value, [
      {
        tenantId: contoso,
        identitySynchronization: {
          tenantId: contoso,
          displayName: 'Contoso',
          userSyncInbound: { isSyncAllowed: true },
        },
      },
    ]);
  });

  it('shows the seeded targets: Fabrikam allows sync, Northwind lacks redemption, Woodgrove lacks sync', async () => {
    const sim = s.get();
    const contoso = sourceTenant(sim).tenantId;
    const get = async (tenant: string) =>
      (
        await graph(sim, 'GET', `${PARTNERS}/${contoso}?$expand=identitySynchronization`, {
          token: await sim.token(tenant),
        })
      ).body;
    const fab = await get('Fabrikam');
    assert.equal(fab.automaticUserConsentSettings.inboundAllowed, true);
    assert.deepEqual(fab.identitySynchronization.userSyncInbound, { isSyncAllowed: true });
    const nw = await get('Northwind Traders');
    assert.equal(nw.automaticUserConsentSettings.inboundAllowed, false);
    const wg = await get('Woodgrove Bank');
    assert.equal(wg.identitySynchronization, null);
    const identity = await graph(sim, 'GET', `${PARTNERS}/${contoso}/identitySynchronization`, {
      token: await sim.token('Fabrikam'),
    });
    assert.deepEqual(
      { ...identity.body, '@odata.context': undefined },
      {
        '@odata.context': undefined,
        tenantId: contoso,
        displayName: 'Contoso',
        userSyncInbound: { isSyncAllowed: true },
      },
    );
  });

  it('creates a partner (201, settings null), refuses a duplicate (409), updates (204) and deletes (204)', async () => {
    const sim = s.get();
    const tailspin = tenantNamed(sim, 'Tailspin Toys').tenantId;
    const created = await graph(sim, 'POST', PARTNERS, { body: { tenantId: tailspin } });
    assert.equal(created.status, 201);
    assert.equal(
      created.body['@odata.context'],
      `${sim.connection.graphBaseUrl}/$metadata#policies/crossTenantAccessPolicy/partners/$entity`,
    );
    assert.equal(created.body.tenantId, tailspin);
    for (const k of [
      'isServiceProvider',
      'inboundTrust',
      'b2bCollaborationOutbound',
      'b2bCollaborationInbound',
      'b2bDirectConnectOutbound',
      'b2bDirectConnectInbound',
      'tenantRestrictions',
    ]) {
      assert.equal(created.body[k], null, k);
    }
    assert.deepEqual(created.body.automaticUserConsentSettings, { inboundAllowed: null, outboundAllowed: null });
    const dup = await graph(sim, 'POST', PARTNERS, { body: { tenantId: tailspin } });
    assert.equal(dup.status, 409);
    assert.equal(dup.body.error.code, 'Request_MultipleObjectsWithSameKeyValue');
    assert.equal(dup.body.error.message, 'Another object with the same value for property tenantId already exists.');
    const patch = await graph(sim, 'PATCH', `${PARTNERS}/${tailspin}`, {
      body: { automaticUserConsentSettings: { outboundAllowed: true } },
    });
    assert.equal(patch.status, 204);
    assert.equal(patch.body, undefined);
    const after = await graph(sim, 'GET', `${PARTNERS}/${tailspin}`);
    assert.deepEqual(after.body.automaticUserConsentSettings, { inboundAllowed: null, outboundAllowed: true });
    const trust = await graph(sim, 'PATCH', `${PARTNERS}/${tailspin}`, {
      body: {
        inboundTrust: {
          isMfaAccepted: true,
          isCompliantDeviceAccepted: true,
          isHybridAzureADJoinedDeviceAccepted: true,
        },
      },
    });
    assert.equal(trust.status, 204);
    assert.equal((await graph(sim, 'DELETE', `${PARTNERS}/${tailspin}`)).status, 204);
    assert.equal((await graph(sim, 'GET', `${PARTNERS}/${tailspin}`)).status, 404);
  });

  it('answers PATCH of a missing partner with Directory_ObjectNotFound', async () => {
    const res = await graph(s.get(), 'PATCH', `${PARTNERS}/2b1c4a3e-0000-4000-8000-000000000001`, {
      body: { inboundTrust: null },
    });
    assert.equal(res.status, 404);
    assert.equal(res.body.error.code, 'Directory_ObjectNotFound');
    assert.equal(res.body.error.message, 'Unable to read the company information from the directory.');
  });

  it('puts identitySynchronization (204), refuses a second PUT (409), patches, guards partner deletion', async () => {
    const sim = s.get();
    const token = await sim.token('Woodgrove Bank');
    const contoso = sourceTenant(sim).tenantId;
    const path = `${PARTNERS}/${contoso}/identitySynchronization`;
    assert.equal((await graph(sim, 'GET', path, { token })).status, 404);
    const put = await graph(sim, 'PUT', path, {
      token,
      body: { displayName: 'Contoso', userSyncInbound: { isSyncAllowed: true } },
    });
    assert.equal(put.status, 204);
    const again = await graph(sim, 'PUT', path, {
      token,
      body: { displayName: 'Contoso', userSyncInbound: { isSyncAllowed: true } },
    });
    assert.equal(again.status, 409);
    assert.equal(again.body.error.code, 'Request_MultipleObjectsWithSameKeyValue');
    assert.equal(again.body.error.details[0].code, 'ConflictingObjects');
    const patch = await graph(sim, 'PATCH', path, { token, body: { userSyncInbound: { isSyncAllowed: false } } });
    assert.equal(patch.status, 204);
    assert.equal((await graph(sim, 'GET', path, { token })).body.userSyncInbound.isSyncAllowed, false);
    const refused = await graph(sim, 'DELETE', `${PARTNERS}/${contoso}`, { token });
    assert.equal(refused.status, 400);
    assert.match(refused.body.error.message, /user synchronization policy/);
    assert.equal((await graph(sim, 'DELETE', path, { token })).status, 204);
    assert.equal((await graph(sim, 'DELETE', `${PARTNERS}/${contoso}`, { token })).status, 204);
  });

  it('finds tenant information by domain name and by tenant id across the simulated tenants', async () => {
    const sim = s.get();
    const fabrikam = tenantNamed(sim, 'Fabrikam');
    const byDomain = await graph(
      sim,
      'GET',
      "/tenantRelationships/findTenantInformationByDomainName(domainName='fabrikam.com')",
    );
    assert.equal(byDomain.status, 200);
    assert.deepEqual(byDomain.body, {
      '@odata.context': `${sim.connection.graphBaseUrl}/$metadata#microsoft.graph.tenantInformation`,
      tenantId: fabrikam.tenantId,
      federationBrandName: null,
      displayName: 'Fabrikam, Inc.',
      defaultDomainName: 'fabrikam.onmicrosoft.com',
    });
    const byId = await graph(
      sim,
      'GET',
      `/tenantRelationships/findTenantInformationByTenantId(tenantId='${fabrikam.tenantId}')`,
    );
    assert.equal(byId.body.defaultDomainName, 'fabrikam.onmicrosoft.com');
    const encoded = await graph(
      sim,
      'GET',
      `/tenantRelationships/findTenantInformationByDomainName(domainName=%27tailspintoys.com%27)`,
    );
    assert.equal(encoded.body.displayName, 'Tailspin Toys');
    assert.equal(
      (await graph(sim, 'GET', "/tenantRelationships/findTenantInformationByDomainName(domainName='nowhere.example')"))
        .status,
      404,
    );
  });
});
