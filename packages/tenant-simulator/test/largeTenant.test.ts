import assert from 'node:assert/strict';
import { graph, useSimulator } from './helpers';

describe('simulator: large source tenant', () => {
  const s = useSimulator({ users: 100_000 });

  it('holds 100,000 users and answers exact and prefix lookups through its indexes', async function () {
    this.timeout(30000);
    const sim = s.get();
    const token = await sim.token();
    // The first prefix lookup builds the sorted index (once). How fast lookups are is measured by bench/directory.ts.
    const some = await graph(
      sim,
      'GET',
      `/users?$filter=${encodeURIComponent("startswith(userPrincipalName,'zoe.')")}&$select=userPrincipalName&$top=999`,
      { token },
    );
    assert.ok(some.body.value.length > 100);
    const upn = some.body.value[some.body.value.length - 1].userPrincipalName;
    await graph(sim, 'GET', `/users?$filter=${encodeURIComponent("startswith(displayName,'Zoe')")}&$select=id&$top=1`, {
      token,
    });
    const eq = await graph(
      sim,
      'GET',
      `/users?$filter=${encodeURIComponent(`userPrincipalName eq '${upn}'`)}&$select=id,displayName`,
      { token },
    );
    const prefix = await graph(
      sim,
      'GET',
      `/users?$filter=${encodeURIComponent("startswith(displayName,'Adele')")}&$select=displayName`,
      { token },
    );
    const name = await graph(
      sim,
      'GET',
      `/users?$filter=${encodeURIComponent("displayName eq 'Adele Vance'")}&$select=displayName`,
      { token },
    );
    assert.equal(eq.status, 200);
    assert.equal(eq.body.value.length, 1);
    assert.deepEqual(prefix.body.value, [{ displayName: 'Adele Vance' }]);
    assert.equal(name.body.value.length, 1);
    const count = await graph(sim, 'GET', '/users?$count=true&$top=1&$select=id', {
      token,
      headers: { ConsistencyLevel: 'eventual' },
    });
    assert.equal(count.body['@odata.count'], 100_000);
  });
});
