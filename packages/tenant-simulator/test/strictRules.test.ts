import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  configuration,
  graph,
  onDemandResults,
  person,
  provisionOnDemand,
  sourceTenant,
  tenantNamed,
  untilFound,
  useSimulator,
} from './helpers';
import type { TestSimulator } from './testSimulator';

/**
 * Contract tests of the strict rules: each describe names the Microsoft Graph documentation page it follows (the
 * package README lists them, with where the docs are silent and the simulator takes the stricter reading).
 */
const LOGS = '/auditLogs/provisioning';
const PARTNERS = '/policies/crossTenantAccessPolicy/partners';
const TEMPLATE = '518e5f48-1fc8-4c48-9387-9fdf28b0dfe7';

async function settings(sim: TestSimulator, body: Record<string, unknown>): Promise<void> {
  const res = await sim.control('PATCH', '/settings', body);
  assert.equal(res.status, 200, JSON.stringify(res.body));
}

describe('strict: identity and access reports throttling (learn.microsoft.com/graph/throttling-limits)', () => {
  const s = useSimulator();

  it('answers the sixth log request within 10 s with 429 and Retry-After, per app per tenant', async () => {
    const sim = s.get();
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 6; i++) {
      const res = await graph(sim, 'GET', `${LOGS}?$top=1`);
      statuses.push(res.status);
      if (res.status === 429) {
        retryAfter = res.headers.get('retry-after');
        assert.equal(res.body.error.code, 'TooManyRequests');
      }
    }
    assert.deepEqual(statuses, [200, 200, 200, 200, 200, 429]);
    assert.ok(Number(retryAfter) >= 1 && Number(retryAfter) <= 10, `Retry-After ${retryAfter}`);
    // Another app in the same tenant, and the same app in another tenant, have budgets of their own.
    const limited = await graph(sim, 'GET', `${LOGS}?$top=1`, { token: await sim.token(undefined, { limited: true }) });
    assert.equal(limited.status, 200);
    const fabrikam = await graph(sim, 'GET', `${LOGS}?$top=1`, { token: await sim.token('Fabrikam') });
    assert.equal(fabrikam.status, 200);
    // Other Graph areas are not the reports service.
    assert.equal((await graph(sim, 'GET', '/users?$top=1')).status, 200);
  });

  it('counts the items of a $batch one by one (graph/throttling#throttling-and-batching)', async () => {
    const sim = s.get();
    await sim.control('PATCH', '/settings', { reportsLimit: 5 }); // a fresh window
    const requests = Array.from({ length: 7 }, (_, i) => ({ id: String(i + 1), method: 'GET', url: `${LOGS}?$top=1` }));
    const res = await graph(sim, 'POST', '/$batch', { body: { requests } });
    assert.equal(res.status, 200);
    const statuses = res.body.responses.map((r: { status: number }) => r.status);
    assert.deepEqual(statuses, [200, 200, 200, 200, 200, 429, 429]);
    const throttled = res.body.responses.find((r: { status: number }) => r.status === 429);
    assert.ok(Number(throttled.headers['Retry-After']) >= 1);
  });

  it('lets the budget be turned off only through the control API (a leniency test)', async () => {
    const sim = s.get();
    await settings(sim, { reportsLimit: 0 });
    for (let i = 0; i < 8; i++) assert.equal((await graph(sim, 'GET', `${LOGS}?$top=1`)).status, 200);
    await settings(sim, { reportsLimit: 5 });
  });
});

describe('strict: provisioning log filter operators (graph/api/resources/provisioningobjectsummary)', () => {
  const s = useSimulator();
  const get = async (sim: TestSimulator, filter: string) => {
    await settings(sim, { reportsLimit: 5 }); // each case starts a fresh window
    return graph(sim, 'GET', `${LOGS}?$top=1&$filter=${encodeURIComponent(filter)}`);
  };

  it('accepts eq, gt, lt and contains, and refuses ge, le, ne, startswith and in with 400', async () => {
    const sim = s.get();
    const a = configuration(sim, 'Contoso A');
    const at = new Date(Date.now() - 3600_000).toISOString();
    for (const ok of [
      `activityDateTime gt ${at}`,
      `activityDateTime lt ${at}`,
      `jobId eq '${a.jobId}'`,
      `contains(cycleId, 'a')`,
    ]) {
      assert.equal((await get(sim, ok)).status, 200, ok);
    }
    for (const bad of [
      `activityDateTime ge ${at}`,
      `activityDateTime le ${at}`,
      `jobId ne '${a.jobId}'`,
      `startswith(jobId, 'Azure')`,
      `jobId in ('${a.jobId}')`,
    ]) {
      const res = await get(sim, bad);
      assert.equal(res.status, 400, bad);
      assert.match(res.body.error.message, /not supported on provisioning logs/);
    }
  });
});

describe('strict: query options ($expand, $select; graph/query-parameters)', () => {
  const s = useSimulator();

  it('answers $expand on a resource that does not support it with 400', async () => {
    const sim = s.get();
    const a = configuration(sim, 'Contoso A');
    const res = await graph(sim, 'GET', `/servicePrincipals/${a.servicePrincipalId}?$expand=owners`);
    assert.equal(res.status, 400);
    assert.equal((await graph(sim, 'GET', `${PARTNERS}?$expand=identitySynchronization`)).status, 200);
  });

  it('answers an unknown $select property with 400, naming it and the type', async () => {
    const sim = s.get();
    const res = await graph(sim, 'GET', `/servicePrincipals?$select=id,favouriteColour`);
    assert.equal(res.status, 400);
    assert.match(res.body.error.message, /favouriteColour.*microsoft\.graph\.servicePrincipal/);
    const known = await graph(sim, 'GET', `/servicePrincipals?$select=id,appRoles,applicationTemplateId`);
    assert.equal(known.status, 200);
    const group = await graph(sim, 'GET', `/groups?$select=id,nickname`);
    assert.equal(group.status, 400);
  });
});

describe('strict: ConsistencyLevel on memberOf (graph/api/user-list-memberof, graph/aad-advanced-queries)', () => {
  const s = useSimulator();

  it('needs ConsistencyLevel: eventual and $count=true for $filter on memberOf', async () => {
    const sim = s.get();
    const megan = person(sim, 'Megan Bowen');
    const path = `/users/${megan.id}/transitiveMemberOf?$filter=${encodeURIComponent("displayName eq 'Sales'")}`;
    const plain = await graph(sim, 'GET', path);
    assert.equal(plain.status, 400);
    assert.equal(plain.body.error.code, 'Request_UnsupportedQuery');
    const advanced = await graph(sim, 'GET', `${path}&$count=true`, { headers: { ConsistencyLevel: 'eventual' } });
    assert.equal(advanced.status, 200);
    assert.equal((await graph(sim, 'GET', `/users/${megan.id}/transitiveMemberOf?$select=id,displayName`)).status, 200);
  });
});

describe('strict: limited information (graph/permissions-overview, inaccessible member objects)', () => {
  const s = useSimulator();

  it('returns roles with only id and @odata.type to an app without RoleManagement.Read.Directory', async () => {
    const sim = s.get();
    const megan = person(sim, 'Megan Bowen');
    const source = sourceTenant(sim);
    const path = `/users/${megan.id}/transitiveMemberOf?$select=id,displayName,roleTemplateId`;
    const full = await graph(sim, 'GET', path);
    const role = full.body.value.find(
      (o: { '@odata.type': string }) => o['@odata.type'] === '#microsoft.graph.directoryRole',
    );
    assert.equal(role.displayName, 'Global Administrator');
    const granted = await sim.control('PATCH', `/tenants/contoso/apps/${source.clientId}`, {
      roles: ['User.Read.All', 'GroupMember.Read.All'],
    });
    assert.equal(granted.status, 200);
    const limited = await graph(sim, 'GET', path);
    assert.equal(limited.status, 200);
    const nameless = limited.body.value.find((o: { id: string }) => o.id === role.id);
    assert.deepEqual(nameless, {
      '@odata.type': '#microsoft.graph.directoryRole',
      id: role.id,
      displayName: null,
      roleTemplateId: null,
    });
    const group = limited.body.value.find(
      (o: { '@odata.type': string }) => o['@odata.type'] === '#microsoft.graph.group',
    );
    assert.ok(group.displayName, 'groups stay readable with GroupMember.Read.All');
  });
});

describe('strict: replication after instantiate (cross-tenant-synchronization-configure-graph)', () => {
  const s = useSimulator({ replicationDelayMs: 1500 });

  it('does not find the new service principal, nor the new job, until replicated', async () => {
    const sim = s.get();
    const inst = await graph(sim, 'POST', `/applicationTemplates/${TEMPLATE}/instantiate`, {
      body: { displayName: 'Replicated later' },
    });
    assert.equal(inst.status, 201);
    const sp = inst.body.servicePrincipal;
    assert.equal((await graph(sim, 'GET', `/servicePrincipals/${sp.id}`)).status, 404);
    const jobs = `/servicePrincipals/${sp.id}/synchronization/jobs`;
    assert.equal((await graph(sim, 'POST', jobs, { body: { templateId: 'Azure2Azure' } })).status, 404);
    const listed = await graph(sim, 'GET', `/servicePrincipals?$filter=${encodeURIComponent(`id eq '${sp.id}'`)}`);
    assert.equal(listed.body.value.length, 0);
    assert.equal((await untilFound(sim, `/servicePrincipals/${sp.id}`)).status, 200);
    const job = await graph(sim, 'POST', jobs, { body: { templateId: 'Azure2Azure' } });
    assert.equal(job.status, 201);
    assert.equal((await graph(sim, 'GET', `${jobs}/${job.body.id}`)).status, 404);
    assert.equal((await untilFound(sim, `${jobs}/${job.body.id}`)).status, 200);
  });

  it('takes its delay from the control API', async () => {
    const sim = s.get();
    await settings(sim, { replicationDelayMs: 0 });
    const inst = await graph(sim, 'POST', `/applicationTemplates/${TEMPLATE}/instantiate`, {
      body: { displayName: 'Replicated at once' },
    });
    assert.equal((await graph(sim, 'GET', `/servicePrincipals/${inst.body.servicePrincipal.id}`)).status, 200);
    const current = await sim.control('GET', '/settings');
    assert.equal(current.body.replicationDelayMs, 0);
    await settings(sim, { replicationDelayMs: 1500 });
  });
});

describe('strict: partner PATCH replaces complex values (crosstenantaccesspolicyconfigurationpartner-update)', () => {
  const s = useSimulator();

  it('clears inboundAllowed when only outboundAllowed is sent', async () => {
    const sim = s.get();
    const fabrikam = tenantNamed(sim, 'Fabrikam').tenantId;
    const path = `${PARTNERS}/${fabrikam}`;
    const before = (await graph(sim, 'GET', path)).body.automaticUserConsentSettings;
    assert.equal(before.outboundAllowed, true);
    await graph(sim, 'PATCH', path, {
      body: { automaticUserConsentSettings: { inboundAllowed: true, outboundAllowed: true } },
    });
    const patch = await graph(sim, 'PATCH', path, {
      body: { automaticUserConsentSettings: { outboundAllowed: false } },
    });
    assert.equal(patch.status, 204);
    const after = (await graph(sim, 'GET', path)).body;
    assert.deepEqual(after.automaticUserConsentSettings, { inboundAllowed: null, outboundAllowed: false });
    assert.ok(after.inboundTrust, 'properties not sent are untouched');
  });
});

describe('strict: test connection error shapes (synchronization-synchronizationjob-validatecredentials)', () => {
  const s = useSimulator();
  const validate = async (sim: TestSimulator) => {
    const b = configuration(sim, 'Contoso B');
    return graph(
      sim,
      'POST',
      `/servicePrincipals/${b.servicePrincipalId}/synchronization/jobs/${b.jobId}/validateCredentials`,
      {
        body: { useSavedCredentials: true },
      },
    );
  };

  it('answers the same failure in each of the three shapes, chosen through the control API', async () => {
    const sim = s.get();
    const b2b = await validate(sim);
    assert.equal(b2b.status, 400);
    assert.equal(b2b.body.error.code, 'AzureDirectoryB2BManagementPolicyCheckFailure');
    assert.match(b2b.body.error.message, /target tenant .* inbound automatic redemption/);

    await settings(sim, { testConnectionShape: 'crossTenantSyncPolicy' });
    const cts = await validate(sim);
    assert.equal(cts.status, 400);
    assert.equal(cts.body.error.code, 'AzureActiveDirectoryCrossTenantSyncPolicyCheckFailure');
    assert.equal(cts.body.error.message, b2b.body.error.message);

    await settings(sim, { testConnectionShape: 'unknownErrorWrapped' });
    const wrapped = await validate(sim);
    assert.equal(wrapped.status, 400);
    assert.equal(wrapped.body.error.code, 'UnknownError');
    const inner = JSON.parse(wrapped.body.error.message);
    assert.deepEqual(inner, {
      error: { code: 'AzureDirectoryB2BManagementPolicyCheckFailure', message: b2b.body.error.message },
    });

    const refused = await sim.control('PATCH', '/settings', { testConnectionShape: 'teapot' });
    assert.equal(refused.status, 400);
    await settings(sim, { testConnectionShape: 'b2bPolicy' });
  });
});

describe('strict: provisionOnDemand without statusInfo (synchronization-synchronizationjob-provisionondemand)', () => {
  const s = useSimulator();

  it('leaves statusInfo out of each element when switched, keeping the steps', async () => {
    const sim = s.get();
    const adele = person(sim, 'Adele Vance');
    const withInfo = onDemandResults(await provisionOnDemand(sim, 'Contoso A', [adele.id]));
    assert.ok(withInfo[0].statusInfo);
    await settings(sim, { onDemandStatusInfo: false });
    await sleep(10);
    const reply = await provisionOnDemand(sim, 'Contoso A', [adele.id]);
    assert.equal(reply.status, 200);
    const [element] = onDemandResults(reply);
    assert.equal(element.statusInfo, undefined);
    assert.ok(element.provisioningSteps.length > 0);
    await settings(sim, { onDemandStatusInfo: true });
  });
});
