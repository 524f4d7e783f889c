import assert from 'node:assert/strict';
import { graph, person, useSimulator } from './helpers';

const eventual = { ConsistencyLevel: 'eventual' };

describe('simulator: users and OData queries', () => {
  const s = useSimulator();

  it('lists users with the default properties, @odata.context and a request-id', async () => {
    const res = await graph(s.get(), 'GET', '/users', { headers: { 'client-request-id': 'abc-123' } });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('client-request-id'), 'abc-123');
    assert.ok(res.headers.get('request-id'));
    assert.equal(res.body['@odata.context'], `${s.get().connection.graphBaseUrl}/$metadata#users`);
    assert.ok(res.body.value.length >= 25);
    const adele = res.body.value.find((u: { displayName: unknown }) => u.displayName === 'Adele Vance');
    assert.deepEqual(
      Object.keys(adele).sort(),
      [
        'businessPhones',
        'displayName',
        'givenName',
        'id',
        'jobTitle',
        'mail',
        'mobilePhone',
        'officeLocation',
        'preferredLanguage',
        'surname',
        'userPrincipalName',
      ].sort(),
    );
    assert.equal(adele.userPrincipalName, 'AdeleV@contoso.com');
  });

  it('gets a user by id and by userPrincipalName, with $select', async () => {
    const adele = person(s.get(), 'Adele Vance');
    const byId = await graph(
      s.get(),
      'GET',
      `/users/${adele.id}?$select=id,displayName,userType,accountEnabled,department`,
    );
    assert.equal(byId.status, 200);
    assert.deepEqual(
      { ...byId.body, '@odata.context': undefined },
      {
        '@odata.context': undefined,
        id: adele.id,
        displayName: 'Adele Vance',
        userType: 'Member',
        accountEnabled: true,
        department: 'Retail',
      },
    );
    const unknown = await graph(s.get(), 'GET', `/users/${adele.id}?$select=id,favouriteColour`);
    assert.equal(unknown.status, 400);
    assert.equal(
      unknown.body.error.message,
      "Could not find a property named 'favouriteColour' on type 'microsoft.graph.user'.",
    );
    const byUpn = await graph(s.get(), 'GET', '/users/adelev@contoso.com');
    assert.equal(byUpn.body.id, adele.id);
  });

  it('answers a missing user with 404 Request_ResourceNotFound and innerError', async () => {
    const res = await graph(s.get(), 'GET', '/users/00000000-0000-0000-0000-00000000abcd', {
      headers: { 'client-request-id': 'req-9' },
    });
    assert.equal(res.status, 404);
    assert.equal(res.body.error.code, 'Request_ResourceNotFound');
    assert.match(res.body.error.message, /does not exist/);
    assert.equal(res.body.error.innerError['client-request-id'], 'req-9');
    assert.match(res.body.error.innerError.date, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
    assert.equal(res.body.error.innerError['request-id'], res.headers.get('request-id'));
  });

  it("filters with doubled single quotes (Seán O'Brien) and rejects an unbalanced quote with 400", async () => {
    const filter = encodeURIComponent("displayName eq 'Seán O''Brien'");
    const ok = await graph(s.get(), 'GET', `/users?$filter=${filter}&$select=id,displayName,userPrincipalName`);
    assert.equal(ok.status, 200);
    assert.equal(ok.body.value.length, 1);
    assert.equal(ok.body.value[0].displayName, "Seán O'Brien");
    const bad = await graph(s.get(), 'GET', `/users?$filter=${encodeURIComponent("displayName eq 'O'Brien'")}`);
    assert.equal(bad.status, 400);
    assert.equal(bad.body.error.code, 'Request_BadRequest');
    assert.match(bad.body.error.message, /Invalid filter clause/);
  });

  it('supports eq on UPN, mail and mailNickname, startswith, in, and/or, case-insensitively', async () => {
    const q = async (f: string) =>
      (await graph(s.get(), 'GET', `/users?$filter=${encodeURIComponent(f)}&$select=displayName`)).body.value
        .map((u: { displayName: unknown }) => u.displayName)
        .sort();
    assert.deepEqual(await q("userPrincipalName eq 'adelev@CONTOSO.com'"), ['Adele Vance']);
    assert.deepEqual(await q("mail eq 'MeganB@contoso.com'"), ['Megan Bowen']);
    assert.deepEqual(await q("mailNickname eq 'LeeG'"), ['Lee Gu']);
    assert.deepEqual(await q("startswith(displayName,'Ad')"), ['Adele Vance']);
    assert.deepEqual(await q("displayName in ('Lee Gu', 'Alex Wilber')"), ['Alex Wilber', 'Lee Gu']);
    assert.deepEqual(await q("department eq 'Retail' and startswith(givenName,'L')"), ['Lynne Robbins']);
    assert.deepEqual(await q("mailNickname eq 'LeeG' or mailNickname eq 'AlexW'"), ['Alex Wilber', 'Lee Gu']);
    assert.deepEqual(await q("proxyAddresses/any(p:p eq 'smtp:AdeleV@contoso.com')"), ['Adele Vance']);
  });

  it('needs ConsistencyLevel: eventual and $count for ne, not and endsWith', async () => {
    const ne = await graph(s.get(), 'GET', `/users?$filter=${encodeURIComponent("userType ne 'Guest'")}`);
    assert.equal(ne.status, 400);
    assert.equal(ne.body.error.code, 'Request_UnsupportedQuery');
    const ends = await graph(s.get(), 'GET', `/users?$filter=${encodeURIComponent("endswith(mail,'@contoso.com')")}`);
    assert.equal(ends.status, 400);
    assert.match(ends.body.error.message, /Operator 'endsWith' is not supported/);
    const advanced = await graph(
      s.get(),
      'GET',
      `/users?$filter=${encodeURIComponent("not(userType eq 'Guest')")}&$count=true&$select=id`,
      { headers: eventual },
    );
    assert.equal(advanced.status, 200);
    assert.equal(advanced.body['@odata.count'], advanced.body.value.length);
  });

  it('rejects an unsupported property with Request_UnsupportedQuery', async () => {
    const res = await graph(s.get(), 'GET', `/users?$filter=${encodeURIComponent("favouriteColour eq 'blue'")}`);
    assert.equal(res.status, 400);
    assert.equal(res.body.error.code, 'Request_UnsupportedQuery');
  });

  it('answers $search only with ConsistencyLevel: eventual', async () => {
    const without = await graph(s.get(), 'GET', `/users?$search=${encodeURIComponent('"displayName:Adele"')}`);
    assert.equal(without.status, 400);
    assert.equal(without.body.error.code, 'Request_UnsupportedQuery');
    assert.match(without.body.error.message, /ConsistencyLevel: eventual/);
    const withHeader = await graph(
      s.get(),
      'GET',
      `/users?$search=${encodeURIComponent('"displayName:vance"')}&$count=true&$select=displayName`,
      { headers: eventual },
    );
    assert.equal(withHeader.status, 200);
    assert.deepEqual(withHeader.body.value, [{ displayName: 'Adele Vance' }]);
    assert.equal(withHeader.body['@odata.count'], 1);
    const or = await graph(
      s.get(),
      'GET',
      `/users?$search=${encodeURIComponent('"displayName:Lee" OR "displayName:Megan"')}&$select=displayName`,
      { headers: eventual },
    );
    assert.deepEqual(or.body.value.map((u: { displayName: unknown }) => u.displayName).sort(), [
      'Lee Gu',
      'Megan Bowen',
    ]);
  });

  it('pages with @odata.nextLink and an opaque $skiptoken until every user is seen once', async () => {
    const seen: string[] = [];
    let next: string | undefined = '/users?$top=7&$select=id';
    let pages = 0;
    while (next) {
      const res = await graph(s.get(), 'GET', next);
      assert.equal(res.status, 200);
      seen.push(...res.body.value.map((u: { id: unknown }) => u.id));
      next = res.body['@odata.nextLink'];
      if (next) assert.match(next, /^https:\/\/127\.0\.0\.1:\d+\/v1\.0\/users\?.*\$skiptoken=/);
      pages++;
    }
    assert.ok(pages >= 4);
    assert.equal(new Set(seen).size, seen.length);
    const all = await graph(s.get(), 'GET', '/users?$top=999&$select=id');
    assert.equal(seen.length, all.body.value.length);
  });

  it('validates $top and $count', async () => {
    assert.equal((await graph(s.get(), 'GET', '/users?$top=1000')).status, 400);
    assert.equal((await graph(s.get(), 'GET', '/users?$top=0')).status, 400);
    const count = await graph(s.get(), 'GET', '/users?$count=true');
    assert.equal(count.status, 400);
  });

  it('orders by displayName', async () => {
    const res = await graph(s.get(), 'GET', '/users?$orderby=displayName desc&$top=3&$select=displayName');
    assert.deepEqual(
      res.body.value.map((u: { displayName: unknown }) => u.displayName),
      ["Seán O'Brien", 'Raul Razo', 'Pradeep Gupta'],
    );
  });

  it('lists memberOf with @odata.type for groups and directory roles, and transitive membership', async () => {
    const megan = person(s.get(), 'Megan Bowen');
    assert.deepEqual(megan.directoryRoles, ['Global Administrator']);
    const res = await graph(s.get(), 'GET', `/users/${megan.id}/memberOf`);
    assert.equal(res.status, 200);
    const role = res.body.value.find(
      (x: { '@odata.type': unknown }) => x['@odata.type'] === '#microsoft.graph.directoryRole',
    );
    assert.equal(role.displayName, 'Global Administrator');
    assert.equal(role.roleTemplateId, '62e90394-69f5-4237-9190-012177145e10');
    assert.ok(
      res.body.value.some(
        (x: { '@odata.type': unknown; displayName: unknown }) =>
          x['@odata.type'] === '#microsoft.graph.group' && x.displayName === 'Identity Ops',
      ),
    );
    const alex = person(s.get(), 'Alex Wilber');
    assert.deepEqual(alex.directoryRoles, ['Hybrid Identity Administrator']);
    assert.deepEqual(person(s.get(), 'Isaiah Langer').directoryRoles, ['Hybrid Identity Administrator']);
    assert.deepEqual(person(s.get(), 'Lynne Robbins').directoryRoles, ['Global Reader']);
    assert.deepEqual(person(s.get(), 'Adele Vance').directoryRoles, []);
    // Only eligible in PIM: not a member of the directoryRole until activated.
    assert.deepEqual(person(s.get(), 'Allan Deyoung').directoryRoles, []);
    assert.deepEqual(person(s.get(), 'Allan Deyoung').eligibleDirectoryRoles, ['Application Administrator']);
    const isabella = (await graph(s.get(), 'GET', `/users/IsabellaS@contoso.com`)).body.id;
    const direct = await graph(s.get(), 'GET', `/users/${isabella}/memberOf?$select=displayName`);
    const transitive = await graph(s.get(), 'GET', `/users/${isabella}/transitiveMemberOf?$select=displayName`);
    assert.ok(!direct.body.value.some((g: { displayName: unknown }) => g.displayName === 'Sales'));
    assert.ok(transitive.body.value.some((g: { displayName: unknown }) => g.displayName === 'Sales'));
  });

  it('lists groups, members (direct and transitive) and directory roles', async () => {
    const groups = await graph(s.get(), 'GET', `/groups?$filter=${encodeURIComponent("displayName eq 'Sales'")}`);
    assert.equal(groups.body.value.length, 1);
    const sales = groups.body.value[0].id;
    const members = await graph(s.get(), 'GET', `/groups/${sales}/members`);
    assert.ok(
      members.body.value.some(
        (m: { '@odata.type': unknown; displayName: unknown }) =>
          m['@odata.type'] === '#microsoft.graph.group' && m.displayName === 'Sales EMEA',
      ),
    );
    const transitive = await graph(s.get(), 'GET', `/groups/${sales}/transitiveMembers?$select=displayName`);
    assert.ok(transitive.body.value.some((m: { displayName: unknown }) => m.displayName === 'Isabella Simonsen'));
    const roles = await graph(s.get(), 'GET', '/directoryRoles');
    assert.deepEqual(roles.body.value.map((r: { displayName: unknown }) => r.displayName).sort(), [
      'Cloud Application Administrator',
      'Global Administrator',
      'Global Reader',
      'Hybrid Identity Administrator',
      'Security Administrator',
    ]);
    const hia = roles.body.value.find(
      (r: { displayName: unknown }) => r.displayName === 'Hybrid Identity Administrator',
    );
    const hiaMembers = await graph(s.get(), 'GET', `/directoryRoles/${hia.id}/members`);
    assert.deepEqual(hiaMembers.body.value.map((m: { displayName: unknown }) => m.displayName).sort(), [
      'Alex Wilber',
      'Isaiah Langer',
    ]);
    const byTemplate = await graph(
      s.get(),
      'GET',
      `/directoryRoles(roleTemplateId='62e90394-69f5-4237-9190-012177145e10')/members`,
    );
    assert.deepEqual(
      byTemplate.body.value.map((m: { displayName: unknown }) => m.displayName),
      ['Megan Bowen'],
    );
  });

  it('answers a malformed percent-encoding with 400', async () => {
    const res = await graph(s.get(), 'GET', '/users/%E0%A4%A');
    assert.equal(res.status, 400);
    assert.ok(res.body.error.innerError['request-id']);
  });

  it('answers an unknown segment with 400 and a wrong method with 405', async () => {
    const unknown = await graph(s.get(), 'GET', '/nonsense');
    assert.equal(unknown.status, 400);
    const wrong = await graph(s.get(), 'DELETE', '/users');
    assert.equal(wrong.status, 405);
  });
});
