import assert from 'node:assert/strict';
import { ErrorCode, isCoded } from '../../../src/errors';
import { gatewayOnFake, GatewayOnFake } from '../support/gatewayOnFake';
import { graphError } from '../support/fakeGraph';

const OBRIEN = {
  id: 'u-1',
  displayName: "Seán O'Brien",
  userPrincipalName: 'sean@contoso.com',
  userType: 'Member',
  accountEnabled: true,
};

describe('graph/areas users and groups', () => {
  let env: GatewayOnFake | undefined;
  afterEach(async () => {
    await env?.stop();
    env = undefined;
  });

  it("finds users by name with a server-side $filter whose quotes are doubled (O'Brien)", async () => {
    env = await gatewayOnFake(() => ({ status: 200, body: { value: [OBRIEN] } }));
    const users = await env.gateway.findUsers("  Seán O'Brien ");
    assert.deepEqual(
      users.map((u) => u.id),
      ['u-1'],
    );
    const [request] = env.fake.requests;
    assert.equal(request.path, '/users');
    assert.equal(
      request.query.get('$filter'),
      "displayName eq 'Seán O''Brien' or mailNickname eq 'Seán O''Brien' or startswith(displayName,'Seán O''Brien') " +
        "or startswith(userPrincipalName,'Seán O''Brien')",
    );
    assert.equal(request.query.get('$top'), '10');
    assert.match(request.query.get('$select') ?? '', /userPrincipalName/);
    assert.equal(env.fake.requests.length, 1, 'no $search when the filter found someone');
  });

  it('falls back to $search with ConsistencyLevel: eventual for a partial name', async () => {
    env = await gatewayOnFake((req) => ({ status: 200, body: { value: req.query.has('$search') ? [OBRIEN] : [] } }));
    const users = await env.gateway.findUsers('Brien');
    assert.equal(users.length, 1);
    const search = env.fake.requests[1];
    assert.equal(search.query.get('$search'), '"displayName:Brien"');
    assert.equal(search.query.get('$count'), 'true');
    assert.equal(search.headers.consistencylevel, 'eventual');
    assert.equal(env.fake.requests[0].headers.consistencylevel, undefined);
  });

  it(
    'asks for users starting with any of several prefixes in one $search, clauses joined by OR, quotes and ' +
      'backslashes escaped',
    async () => {
      env = await gatewayOnFake(() => ({ status: 200, body: { value: [OBRIEN] } }));
      const users = await env.gateway.findUsersStartingWithAny(["O'B", 'a"b\\c', ' van ', 'VAN', '', 'x'.repeat(300)], {
        top: 500,
      });
      assert.deepEqual(
        users.map((u) => u.id),
        ['u-1'],
      );
      assert.equal(env.fake.requests.length, 1);
      const [request] = env.fake.requests;
      assert.equal(request.path, '/users');
      assert.equal(
        request.query.get('$search'),
        '"displayName:O\'B" OR "userPrincipalName:O\'B" OR "displayName:a\\"b\\\\c" OR ' +
          '"userPrincipalName:a\\"b\\\\c" ' +
          'OR "displayName:VAN" OR "userPrincipalName:VAN"',
      );
      assert.doesNotMatch(request.rawUrl, /["\\ ]/, 'percent-encoded');
      assert.equal(request.query.get('$count'), 'true');
      assert.equal(request.query.get('$top'), '50', 'at most 50 users');
      assert.equal(request.headers.consistencylevel, 'eventual');
    },
  );

  it('asks Graph nothing for no usable prefix', async () => {
    env = await gatewayOnFake(() => ({ status: 500 }));
    assert.deepEqual(await env.gateway.findUsersStartingWithAny(['  ', 'y'.repeat(300)]), []);
    assert.equal(env.fake.requests.length, 0);
  });

  it('looks up a UPN or mail (including a B2B #EXT# UPN) exactly, never by search', async () => {
    env = await gatewayOnFake(() => ({ status: 200, body: { value: [] } }));
    await env.gateway.findUsers('AdeleV_adatum.com#EXT#@contoso.com');
    assert.equal(env.fake.requests.length, 1);
    assert.match(env.fake.requests[0].rawUrl, /%23EXT%23/);
    assert.equal(
      env.fake.requests[0].query.get('$filter'),
      "userPrincipalName eq 'AdeleV_adatum.com#EXT#@contoso.com' or mail eq 'AdeleV_adatum.com#EXT#@contoso.com'",
    );
  });

  it('refuses empty and absurdly long text without calling Graph', async () => {
    env = await gatewayOnFake(() => ({ status: 500 }));
    assert.deepEqual(await env.gateway.findUsers('   '), []);
    assert.deepEqual(await env.gateway.findUsers('x'.repeat(5000)), []);
    assert.equal(await env.gateway.getUser('y'.repeat(5000)), undefined);
    assert.equal(env.fake.requests.length, 0);
  });

  it('reads one user by id or UPN, answering undefined when Graph has none', async () => {
    env = await gatewayOnFake((req) =>
      req.path.endsWith('missing')
        ? { status: 404, body: graphError('Request_ResourceNotFound', 'not found') }
        : { status: 200, body: OBRIEN },
    );
    assert.equal((await env.gateway.getUser('sean@contoso.com'))?.displayName, "Seán O'Brien");
    assert.equal(env.fake.requests[0].rawUrl.split('?')[0], '/v1.0/users/sean%40contoso.com');
    assert.equal(await env.gateway.getUser('missing'), undefined);
  });

  it('lists transitive memberships as groups and directory roles', async () => {
    env = await gatewayOnFake(() => ({
      status: 200,
      body: {
        value: [
          { '@odata.type': '#microsoft.graph.group', id: 'g1', displayName: 'Identity Ops' },
          {
            '@odata.type': '#microsoft.graph.directoryRole',
            id: 'r1',
            displayName: 'Hybrid Identity Administrator',
            roleTemplateId: '8ac3fc64-6eca-42ea-9e69-59f4c7b60eb2',
          },
          { '@odata.type': '#microsoft.graph.administrativeUnit', id: 'a1', displayName: 'AU' },
        ],
      },
    }));
    const memberships = await env.gateway.listUserMemberships('u-1');
    assert.deepEqual(memberships, [
      { id: 'g1', displayName: 'Identity Ops', kind: 'group' },
      {
        id: 'r1',
        displayName: 'Hybrid Identity Administrator',
        kind: 'directoryRole',
        roleTemplateId: '8ac3fc64-6eca-42ea-9e69-59f4c7b60eb2',
      },
    ]);
    assert.equal(env.fake.requests[0].path, '/users/u-1/transitiveMemberOf');
  });

  it('pages group members and only accepts cursors of the same listing', async () => {
    env = await gatewayOnFake((req, fake) =>
      req.query.has('$skiptoken')
        ? {
            status: 200,
            body: {
              value: [{ '@odata.type': '#microsoft.graph.user', id: 'u2', displayName: 'B', userPrincipalName: 'b@c' }],
            },
          }
        : {
            status: 200,
            body: {
              value: [
                { '@odata.type': '#microsoft.graph.user', id: 'u1', displayName: 'A', userPrincipalName: 'a@c' },
                { '@odata.type': '#microsoft.graph.group', id: 'g' },
              ],
              '@odata.nextLink': `${fake.baseUrl}/groups/g-1/members?$skiptoken=2`,
            },
          },
    );
    const first = await env.gateway.listGroupMembers('g-1');
    assert.deepEqual(
      first.items.map((u) => u.id),
      ['u1'],
    );
    assert.equal(first.next, '/groups/g-1/members?$skiptoken=2');
    const second = await env.gateway.listGroupMembers('g-1', first.next);
    assert.deepEqual(
      second.items.map((u) => u.id),
      ['u2'],
    );
    assert.equal(second.next, undefined);
    await assert.rejects(env.gateway.listGroupMembers('g-1', '/users?$top=999'), (e: unknown) =>
      isCoded(e, ErrorCode.InvalidInput),
    );
  });

  it('finds groups by name with the same escaping', async () => {
    env = await gatewayOnFake(() => ({ status: 200, body: { value: [{ id: 'g1', displayName: "Sales 'EU'" }] } }));
    const groups = await env.gateway.findGroups("Sales 'EU'");
    assert.equal(groups[0].displayName, "Sales 'EU'");
    assert.equal(
      env.fake.requests[0].query.get('$filter'),
      "displayName eq 'Sales ''EU''' or mailNickname eq 'Sales ''EU''' or startswith(displayName,'Sales ''EU''')",
    );
  });
});
