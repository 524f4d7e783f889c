import assert from 'node:assert/strict';
import { parseSearch, searchPredicate } from '../src/odata/search';
import { planUserSearch } from '../src/odata/searchPlan';
import { USER_SEARCH } from '../src/resources/users';
import { seedWorld } from '../src/seed';
import type { Tenant } from '../src/store/tenant';
import type { UserRecord } from '../src/store/types';
import { graph, sourceTenant, useSimulator } from './helpers';

const eventual = { ConsistencyLevel: 'eventual' };

/** Queries the indexes answer (each must give exactly what a scan of every user gives). */
const INDEXED_QUERIES = [
  '"displayName:O\'Brien"',
  '"displayName:o"',
  '"displayName:brien"',
  '"displayName:Seán"',
  '"displayName:sean"',
  '"displayName:SEÁN O\'B"',
  '"displayName:zoë"',
  '"displayName:ång"',
  '"displayName:anne-marie"',
  '"displayName:marie dup"',
  '"displayName:İnci"',
  '"displayName:i"',
  '"displayName:"',
  '"displayName:   "',
  '"displayName:\'"',
  '"displayName:-"',
  '"displayName:\\"quoted\\""',
  '"displayName:a\\\\b"',
  '"displayName:12"',
  '"displayName:0000"',
  '"displayName:aaron abbott 000"',
  '"displayName:Dr. (Bob)"',
  '"displayName:jr"',
  '"adele"',
  '"AdeleV@"',
  '"userPrincipalName:adelev"',
  '"USERPRINCIPALNAME:ZOE."',
  '"mail:ADELEV@contoso"',
  '"mailNickname:sean"',
  '"givenName:ad"',
  '"surname:van"',
  '"displayName:adele" OR "displayName:vance"',
  '"displayName:adele" AND "displayName:vance"',
  '"displayName:a" AND "userPrincipalName:b" OR "displayName:zoe"',
  '"displayName:nob" OR "displayName:ata" OR "displayName:12"',
  '"displayName:ade" OR "userPrincipalName:ade" OR "displayName:van" OR "userPrincipalName:van"',
];
/** Clauses the indexes cannot answer exactly (an empty startsWith text, properties without an index): scanned. */
const SCANNED_QUERIES = ['"mail:"', '"department:retail"', '"foo:bar"', '"displayName:adele" OR "jobTitle:dev"'];

const TRICKY_NAMES = [
  'Zoë Ångström',
  'Anne-Marie Dupont-Aignan',
  "D'Arcy O'Neil",
  'İnci Yılmaz',
  '  Dr. (Bob) Smith, Jr. ',
  'Say "quoted" Name',
  'Back\\slash a\\b',
  '',
];

function user(tenant: Tenant, n: number, displayName: string, extra: Record<string, unknown> = {}): UserRecord {
  const alias = `tricky.${n}`;
  return {
    data: {
      id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
      displayName,
      userPrincipalName: `${alias}@${tenant.domain}`,
      mail: null,
      mailNickname: alias,
      userType: 'Member',
      accountEnabled: true,
      ...extra,
    },
    meta: { netId: `netid-${n}` },
  };
}

/** A 3,000-user source tenant plus names that stress the word splitting. */
function tenantWithTrickyNames(): Tenant {
  const { source } = seedWorld({ users: 3000 });
  TRICKY_NAMES.forEach((name, i) => source.users.add(user(source, i + 1, name)));
  return source;
}

/** A scan: the plan's test put to every user, as queryCollection does without an index. */
function matching(users: Iterable<UserRecord>, raw: string): string[] {
  const matches = searchPredicate(parseSearch(raw), USER_SEARCH.tokenized, USER_SEARCH.fallback);
  return [...users].filter((u) => matches(u.data)).map((u) => u.data.id);
}

/**
 * What the indexes answer next to a scan of every user: the same users in the same order, before queryCollection's own
 * check.
 */
function assertSameAsScan(tenant: Tenant, raw: string): string[] {
  const ids = planUserSearch(parseSearch(raw), tenant.users, USER_SEARCH);
  assert.ok(ids, `${raw} is answered from the indexes`);
  const scanned = matching(tenant.users.all(), raw);
  assert.deepEqual(ids, scanned, raw);
  return ids;
}

const names = (tenant: Tenant, ids: string[]) => ids.map((id) => tenant.users.get(id)!.data.displayName);

describe('simulator: $search on users from the indexes', () => {
  it('finds what a scan of every user finds, in the same order, for apostrophes, accents and odd tokens', () => {
    const tenant = tenantWithTrickyNames();
    for (const raw of INDEXED_QUERIES) assertSameAsScan(tenant, raw);
    assert.deepEqual(names(tenant, assertSameAsScan(tenant, '"displayName:O\'Brien"')), ["Seán O'Brien"]);
    assert.deepEqual(names(tenant, assertSameAsScan(tenant, '"displayName:ång"')), ['Zoë Ångström']);
    assert.deepEqual(
      names(tenant, assertSameAsScan(tenant, '"displayName:sean"')),
      [],
      'accents count, as in the scan',
    );
    assert.deepEqual(assertSameAsScan(tenant, '"displayName:   "'), [], 'a clause with no words matches nobody');
    for (const raw of SCANNED_QUERIES)
      assert.equal(planUserSearch(parseSearch(raw), tenant.users, USER_SEARCH), undefined, raw);
  });

  it('stays right when users are added, renamed and removed after the index was built', () => {
    const tenant = tenantWithTrickyNames();
    for (const raw of INDEXED_QUERIES) assertSameAsScan(tenant, raw);
    const sean = [...tenant.users.all()].find((u) => u.data.displayName === "Seán O'Brien")!;
    tenant.users.update(sean, { displayName: 'Siobhán Kelly', userPrincipalName: `siobhank@${tenant.domain}` });
    tenant.users.add(user(tenant, 900, "Brien O'Malley-Vance"));
    const zoe = [...tenant.users.all()].find((u) => u.data.displayName === 'Zoë Ångström')!;
    tenant.users.remove(zoe.data.id);
    tenant.users.add(zoe);
    tenant.users.remove(user(tenant, 3, "D'Arcy O'Neil").data.id);
    for (const raw of [...INDEXED_QUERIES, '"displayName:siob"', '"displayName:kelly"', '"userPrincipalName:siobhank"'])
      assertSameAsScan(tenant, raw);
    assert.deepEqual(
      names(tenant, assertSameAsScan(tenant, '"displayName:O\'Brien"')),
      ["Brien O'Malley-Vance"],
      'the old name is gone, the new user has both words',
    );
    assert.deepEqual(names(tenant, assertSameAsScan(tenant, '"displayName:seán"')), []);
    assert.deepEqual(names(tenant, assertSameAsScan(tenant, '"displayName:kel"')), ['Siobhán Kelly']);
    assert.deepEqual(names(tenant, assertSameAsScan(tenant, '"displayName:arcy"')), [], 'removed');
    assert.deepEqual(
      names(tenant, assertSameAsScan(tenant, '"displayName:zo" AND "displayName:ång"')),
      ['Zoë Ångström'],
      'added again, last in order',
    );
    assert.equal(names(tenant, assertSameAsScan(tenant, '"displayName:vance"')).at(-1), "Brien O'Malley-Vance");
  });

  it('builds the index from users changed before its first use', () => {
    const tenant = tenantWithTrickyNames();
    const adele = [...tenant.users.all()].find((u) => u.data.displayName === 'Adele Vance')!;
    tenant.users.update(adele, { displayName: 'Adele Vance-Novak' });
    assert.equal(assertSameAsScan(tenant, '"displayName:novak" AND "displayName:adele"').length, 1);
    for (const raw of INDEXED_QUERIES) assertSameAsScan(tenant, raw);
  });
});

describe('simulator: $search after changes through the control API', () => {
  const s = useSimulator();
  const search = async (raw: string) => {
    const res = await graph(
      s.get(),
      'GET',
      `/users?$search=${encodeURIComponent(raw)}&$count=true&$select=displayName`,
      { headers: eventual },
    );
    assert.equal(res.status, 200, JSON.stringify(res.body));
    return {
      names: res.body.value.map((u: { displayName: string }) => u.displayName),
      count: res.body['@odata.count'],
    };
  };

  it('finds a renamed user by the new name only, and no longer finds a deleted one', async () => {
    const tenant = sourceTenant(s.get()).tenantId;
    assert.deepEqual(await search('"displayName:henrietta"'), { names: ['Henrietta Mueller'], count: 1 });
    const renamed = await s
      .get()
      .control('PATCH', `/tenants/${tenant}/users/HenriettaM@contoso.com`, { displayName: "Henrietta O'Hara-Müller" });
    assert.equal(renamed.status, 200);
    assert.deepEqual((await search('"displayName:mueller"')).names, []);
    assert.deepEqual((await search('"displayName:o\'hara" AND "displayName:mü"')).names, ["Henrietta O'Hara-Müller"]);
    assert.deepEqual((await search('"displayName:hara" OR "displayName:nobody"')).names, ["Henrietta O'Hara-Müller"]);
    assert.equal((await s.get().control('DELETE', `/tenants/${tenant}/users/HenriettaM@contoso.com`)).status, 200);
    assert.deepEqual(await search('"displayName:henrietta"'), { names: [], count: 0 });
  });
});
