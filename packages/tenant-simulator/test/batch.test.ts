import assert from 'node:assert/strict';
import { graph, person, useSimulator } from './helpers';

describe('simulator: JSON batching', () => {
  const s = useSimulator();

  it('answers each request with its own status, and 424 for a failed dependency', async () => {
    const adele = person(s.get(), 'Adele Vance');
    const res = await graph(s.get(), 'POST', '/$batch', {
      body: {
        requests: [
          { id: '1', method: 'GET', url: `/users/${adele.id}?$select=displayName` },
          { id: '2', method: 'GET', url: '/users/00000000-0000-0000-0000-0000000000ff' },
          { id: '3', method: 'GET', url: '/users?$top=1', dependsOn: ['2'] },
          {
            id: '4',
            method: 'PATCH',
            url: '/policies/crossTenantAccessPolicy/partners/00000000-0000-0000-0000-0000000000ee',
            headers: { 'Content-Type': 'application/json' },
            body: { inboundTrust: null },
          },
        ],
      },
    });
    assert.equal(res.status, 200);
    const byId = Object.fromEntries(res.body.responses.map((r: { id: unknown }) => [r.id, r]));
    assert.equal(byId['1'].status, 200);
    assert.equal(byId['1'].body.displayName, 'Adele Vance');
    assert.equal(byId['2'].status, 404);
    assert.equal(byId['2'].body.error.code, 'Request_ResourceNotFound');
    assert.equal(byId['3'].status, 424);
    assert.equal(byId['4'].status, 404);
  });

  it('rejects more than 20 requests, duplicate ids and a body without Content-Type', async () => {
    const many = Array.from({ length: 21 }, (_, i) => ({ id: String(i), method: 'GET', url: '/users?$top=1' }));
    assert.equal((await graph(s.get(), 'POST', '/$batch', { body: { requests: many } })).status, 400);
    const dup = [
      { id: '1', method: 'GET', url: '/users' },
      { id: '1', method: 'GET', url: '/groups' },
    ];
    assert.equal((await graph(s.get(), 'POST', '/$batch', { body: { requests: dup } })).status, 400);
    const noType = [
      { id: '1', method: 'POST', url: '/policies/crossTenantAccessPolicy/partners', body: { tenantId: 'x' } },
    ];
    assert.equal((await graph(s.get(), 'POST', '/$batch', { body: { requests: noType } })).status, 400);
  });

  it('needs a token for the batch and applies permissions per item', async () => {
    const sim = s.get();
    assert.equal((await graph(sim, 'POST', '/$batch', { token: null, body: { requests: [] } })).status, 401);
    const a = sim.connection.configurations.find((c) => c.displayName === 'Contoso A')!;
    const limited = await sim.token(undefined, { limited: true });
    const res = await graph(sim, 'POST', '/$batch', {
      token: limited,
      body: {
        requests: [
          { id: 'jobs', method: 'GET', url: `/servicePrincipals/${a.servicePrincipalId}/synchronization/jobs` },
          { id: 'users', method: 'GET', url: '/users?$top=1' },
        ],
      },
    });
    const byId = Object.fromEntries(res.body.responses.map((r: { id: unknown }) => [r.id, r]));
    assert.equal(byId.jobs.status, 403);
    assert.equal(byId.jobs.body.error.code, 'Authorization_RequestDenied');
    assert.equal(byId.users.status, 200);
  });
});
