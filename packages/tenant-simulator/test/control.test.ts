import assert from 'node:assert/strict';
import { graph, person, useSimulator } from './helpers';

describe('simulator: control API', () => {
  const s = useSimulator();
  afterEach(async () => {
    await s.get().control('DELETE', '/faults');
  });

  it('needs the control token', async () => {
    const res = await fetch(`${s.get().connection.controlUrl}/counters`);
    assert.equal(res.status, 401);
  });

  it('counts requests by method and path template, and resets', async () => {
    const sim = s.get();
    const token = await sim.token();
    await sim.control('POST', '/counters/reset');
    const adele = person(sim, 'Adele Vance');
    await graph(sim, 'GET', `/users/${adele.id}`, { token });
    await graph(sim, 'GET', `/users/${adele.id}`, { token });
    await graph(sim, 'GET', '/users?$top=1', { token });
    await graph(sim, 'POST', '/$batch', {
      token,
      body: { requests: [{ id: '1', method: 'GET', url: `/users/${adele.id}` }] },
    });
    const snap = (await sim.control('GET', '/counters')).body;
    assert.equal(snap.requests['GET /v1.0/users/{id}'], 2);
    assert.equal(snap.requests['GET /v1.0/users'], 1);
    assert.equal(snap.requests['POST /v1.0/$batch'], 1);
    assert.equal(snap.batchItems['GET /v1.0/users/{id}'], 1);
    assert.equal(snap.total, 4);
    await sim.control('POST', '/counters/reset');
    assert.equal((await sim.control('GET', '/counters')).body.total, 0);
  });

  it('times the Graph and sign-in requests it answers, not the control calls', async () => {
    const sim = s.get();
    await sim.control('POST', '/counters/reset');
    const token = await sim.token();
    await graph(sim, 'GET', '/users?$top=1', { token });
    await graph(sim, 'GET', '/users?$top=2', { token });
    const { servedMs } = (await sim.control('GET', '/counters')).body;
    assert.equal(servedMs.graph.count, 2);
    assert.equal(servedMs.identity.count, 1);
    assert.ok(servedMs.graph.totalMs > 0 && servedMs.identity.totalMs > 0);
    await sim.control('POST', '/counters/reset');
    assert.deepEqual((await sim.control('GET', '/counters')).body.servedMs.graph, { count: 0, totalMs: 0 });
  });

  it('throttles a share of calls on a path with 429 and Retry-After', async () => {
    const sim = s.get();
    const token = await sim.token();
    const added = await sim.control('POST', '/faults', {
      kind: 'throttle',
      path: '/users',
      share: 0.5,
      retryAfterSeconds: 3,
    });
    assert.equal(added.status, 201);
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 4; i++) {
      const res = await graph(sim, 'GET', '/users?$top=1', { token });
      statuses.push(res.status);
      if (res.status === 429) {
        retryAfter = res.headers.get('retry-after');
        assert.equal(res.body.error.code, 'TooManyRequests');
        assert.equal(res.body.error.innerError.status, '429');
      }
    }
    assert.deepEqual(statuses, [200, 429, 200, 429]);
    assert.equal(retryAfter, '3');
    assert.equal((await graph(sim, 'GET', '/groups?$top=1', { token })).status, 200, 'other paths are not affected');
  });

  it('slows calls, fails them with 5xx, 401 or 403, for one tenant only, a set number of times', async () => {
    const sim = s.get();
    const token = await sim.token();
    await sim.control('POST', '/faults', { kind: 'delay', delayMs: 300, count: 1 });
    const t0 = Date.now();
    await graph(sim, 'GET', '/users?$top=1', { token });
    assert.ok(Date.now() - t0 >= 290);
    await sim.control('POST', '/faults', {
      kind: 'error',
      status: 503,
      retryAfterSeconds: 1,
      count: 1,
      tenant: 'contoso',
    });
    const unavailable = await graph(sim, 'GET', '/users?$top=1', { token });
    assert.equal(unavailable.status, 503);
    assert.equal(unavailable.headers.get('retry-after'), '1');
    assert.equal((await graph(sim, 'GET', '/users?$top=1', { token })).status, 200, 'count: 1 expires the fault');
    await sim.control('POST', '/faults', { kind: 'error', status: 403, tenant: 'fabrikam' });
    assert.equal((await graph(sim, 'GET', '/users?$top=1', { token })).status, 200, 'another tenant is not affected');
    const denied = await graph(sim, 'GET', '/users?$top=1', { token: await sim.token('Fabrikam') });
    assert.equal(denied.status, 403);
    assert.equal(denied.body.error.code, 'Authorization_RequestDenied');
    await sim.control('DELETE', '/faults');
    await sim.control('POST', '/faults', { kind: 'error', status: 401 });
    const expired = await graph(sim, 'GET', '/users?$top=1', { token });
    assert.equal(expired.status, 401);
    assert.equal(expired.body.error.code, 'InvalidAuthenticationToken');
  });

  it('can fail the token endpoint', async () => {
    const sim = s.get();
    await sim.control('POST', '/faults', { kind: 'error', status: 503, path: 'oauth2', count: 1 });
    await assert.rejects(sim.token(), /token request failed/);
    assert.ok(await sim.token());
  });

  it('breaks and repairs a tenant policy, visible through Graph and in test connection', async () => {
    const sim = s.get();
    const contoso = sim.connection.tenants.find((t) => t.role === 'source')!.tenantId;
    const fabToken = await sim.token('Fabrikam');
    await sim.control('POST', '/tenants/fabrikam/break', { what: 'inboundUserSync', partner: 'contoso' });
    const policy = await graph(
      sim,
      'GET',
      `/policies/crossTenantAccessPolicy/partners/${contoso}/identitySynchronization`,
      { token: fabToken },
    );
    assert.equal(policy.body.userSyncInbound.isSyncAllowed, false);
    const a = sim.connection.configurations.find((c) => c.displayName === 'Contoso A')!;
    const test = await graph(
      sim,
      'POST',
      `/servicePrincipals/${a.servicePrincipalId}/synchronization/jobs/${a.jobId}/validateCredentials`,
      { body: { useSavedCredentials: true } },
    );
    assert.equal(test.status, 400);
    assert.equal(test.body.error.details[0].code, 'inboundUserSync');
    await sim.control('POST', '/tenants/fabrikam/repair', { what: 'inboundUserSync', partner: 'contoso' });
    const ok = await graph(
      sim,
      'POST',
      `/servicePrincipals/${a.servicePrincipalId}/synchronization/jobs/${a.jobId}/validateCredentials`,
      { body: { useSavedCredentials: true } },
    );
    assert.equal(ok.status, 204);
  });

  it('seeds 500 configurations for benchmarks', async function () {
    this.timeout(30000);
    const sim = s.get();
    const res = await sim.control('POST', '/seed/configurations', { count: 500 });
    assert.equal(res.status, 200);
    assert.equal(res.body.total, 502);
    const filter = encodeURIComponent("applicationTemplateId eq '518e5f48-1fc8-4c48-9387-9fdf28b0dfe7'");
    const list = await graph(sim, 'GET', `/servicePrincipals?$filter=${filter}&$select=id,displayName&$top=999`);
    assert.equal(list.body.value.length, 502);
    const listed = (await sim.control('GET', '/configurations')).body.value;
    assert.equal(listed.length, 502);
  });
});
