import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { AUDITS, entriesOf, modified, PARTNERS, readAudits } from './auditHelpers';
import { graph, sourceTenant, tenantNamed, useSimulator } from './helpers';
import type { ReplyJson, TestSimulator } from './testSimulator';

const UPDATE_PARTNER = 'Update a partner cross-tenant access setting';
const ENTRY_KEYS = [
  'activityDateTime',
  'activityDisplayName',
  'additionalDetails',
  'category',
  'correlationId',
  'id',
  'initiatedBy',
  'loggedByService',
  'operationType',
  'result',
  'resultReason',
  'targetResources',
];

async function setOutboundRedemption(sim: TestSimulator, allowed: boolean, clientRequestId?: string) {
  const fabrikam = tenantNamed(sim, 'Fabrikam').tenantId;
  const res = await graph(sim, 'PATCH', `${PARTNERS}/${fabrikam}`, {
    body: { automaticUserConsentSettings: { inboundAllowed: null, outboundAllowed: allowed } },
    headers: clientRequestId ? { 'client-request-id': clientRequestId } : {},
  });
  assert.equal(res.status, 204, JSON.stringify(res.body));
}

describe('simulator: auditLogs/directoryAudits', () => {
  const s = useSimulator();

  it('logs a Graph write in the caller tenant with the documented directoryAudit shape', async () => {
    const sim = s.get();
    const correlation = crypto.randomUUID();
    await setOutboundRedemption(sim, false, correlation);
    const [entry] = await entriesOf(sim, UPDATE_PARTNER);
    assert.deepEqual(Object.keys(entry).sort(), ENTRY_KEYS);
    assert.equal(entry.category, 'CrossTenantAccessSettings');
    assert.equal(entry.loggedByService, 'Core Directory');
    assert.equal(entry.operationType, 'Update');
    assert.equal(entry.result, 'success');
    assert.equal(entry.correlationId, correlation);
    assert.ok(Math.abs(Date.parse(entry.activityDateTime) - Date.now()) < 60_000);
    const bot = sourceTenant(sim);
    assert.equal(entry.initiatedBy.user, null);
    assert.equal(entry.initiatedBy.app.appId, bot.clientId);
    assert.equal(entry.initiatedBy.app.displayName, 'Cross-Tenant Sync Bot');
    assert.match(entry.initiatedBy.app.servicePrincipalId, /^[0-9a-f-]{36}$/);
    const [target] = entry.targetResources;
    assert.equal(target.type, 'Policy');
    assert.equal(target.id, tenantNamed(sim, 'Fabrikam').tenantId);
    // oldValue/newValue are JSON-encoded strings, as in Graph.
    const p = target.modifiedProperties[0];
    assert.equal(p.displayName, 'automaticUserConsentSettings');
    assert.equal(typeof p.oldValue, 'string');
    assert.deepEqual(modified(entry, 'automaticUserConsentSettings'), {
      old: { inboundAllowed: null, outboundAllowed: true },
      new: { inboundAllowed: null, outboundAllowed: false },
    });
    // Each tenant has its own log: Fabrikam's does not show Contoso's write.
    assert.deepEqual(await entriesOf(sim, UPDATE_PARTNER, 'Fabrikam'), []);
    await sim.control('PATCH', '/settings', { reportsLimit: 5 });
    const one = await graph(sim, 'GET', `${AUDITS}/${entry.id}`);
    assert.equal(one.status, 200);
    assert.equal(
      one.body['@odata.context'],
      `${sim.connection.graphBaseUrl}/$metadata#auditLogs/directoryAudits/$entity`,
    );
    assert.deepEqual({ ...one.body, '@odata.context': undefined }, { ...entry, '@odata.context': undefined });
    const missing = await graph(sim, 'GET', `${AUDITS}/${crypto.randomUUID()}`);
    assert.equal(missing.status, 404);
    assert.equal(missing.body.error.code, 'Request_ResourceNotFound');
  });

  it('does not log a write that failed', async () => {
    const sim = s.get();
    const before = (await entriesOf(sim, UPDATE_PARTNER)).length;
    const res = await graph(sim, 'PATCH', `${PARTNERS}/${crypto.randomUUID()}`, {
      body: { automaticUserConsentSettings: { inboundAllowed: true, outboundAllowed: true } },
    });
    assert.equal(res.status, 404);
    assert.equal((await entriesOf(sim, UPDATE_PARTNER)).length, before);
  });

  it('answers the documented filters', async () => {
    const sim = s.get();
    await setOutboundRedemption(sim, true);
    const [latest] = await entriesOf(sim, UPDATE_PARTNER);
    const bot = sourceTenant(sim);
    const fabrikam = tenantNamed(sim, 'Fabrikam').tenantId;
    const t = latest.activityDateTime;
    const cases: [string, (e: ReplyJson) => boolean][] = [
      [`activityDateTime ge ${t} and activityDateTime le ${t}`, (e) => e.activityDateTime === t],
      [`activityDateTime eq ${t}`, (e) => e.activityDateTime === t],
      [`activityDisplayName eq '${UPDATE_PARTNER}'`, (e) => e.activityDisplayName === UPDATE_PARTNER],
      ["startswith(activityDisplayName, 'Update a partner')", (e) => e.activityDisplayName.startsWith('Update a')],
      ["loggedByService eq 'Core Directory'", (e) => e.loggedByService === 'Core Directory'],
      [`initiatedBy/app/appId eq '${bot.clientId}'`, (e) => e.initiatedBy.app?.appId === bot.clientId],
      ["initiatedBy/app/displayName eq 'Cross-Tenant Sync Bot'", (e) => e.initiatedBy.app !== null],
      [
        `targetResources/any(t: t/id eq '${fabrikam}')`,
        (e) => e.targetResources.some((x: ReplyJson) => x.id === fabrikam),
      ],
      [`correlationId eq '${latest.correlationId}'`, (e) => e.correlationId === latest.correlationId],
      [`id eq '${latest.id}'`, (e) => e.id === latest.id],
      [
        `activityDateTime ge ${t} and targetResources/any(x: x/id eq '${fabrikam}') and ` +
          "loggedByService eq 'Core Directory'",
        (e) => e.id === latest.id,
      ],
    ];
    for (const [filter, holds] of cases) {
      const res = await readAudits(sim, filter);
      assert.equal(res.status, 200, `${filter}: ${JSON.stringify(res.body)}`);
      assert.ok(res.body.value.length > 0, `${filter} found nothing`);
      assert.ok(res.body.value.every(holds), filter);
    }
    const nobody = await readAudits(sim, `initiatedBy/user/id eq '${crypto.randomUUID()}'`);
    assert.deepEqual(nobody.body.value, []);
  });

  it('refuses what the docs do not list, as the other strict rules do', async () => {
    const sim = s.get();
    const refused = [
      "category eq 'CrossTenantAccessSettings'",
      "result eq 'success'",
      "operationType eq 'Update'",
      'activityDateTime gt 2026-01-01T00:00:00Z',
      "activityDisplayName ne 'Add application'",
      "loggedByService eq 'Core Directory' or loggedByService eq 'Account Provisioning'",
      "contains(activityDisplayName, 'partner')",
      "startswith(loggedByService, 'Core')",
      "targetResources/any(t: t/type eq 'Policy')",
      "targetResources/all(t: t/id eq 'x')",
      "not(activityDisplayName eq 'Add application')",
    ];
    for (const filter of refused) {
      const res = await readAudits(sim, filter);
      assert.equal(res.status, 400, filter);
      assert.equal(res.body.error.code, 'BadRequest', filter);
      assert.match(res.body.error.message, /not supported on directory audits/, filter);
    }
    const orderByCategory = await readAudits(sim, undefined, { query: '$orderby=category' });
    assert.equal(orderByCategory.status, 400);
    const tooMany = await readAudits(sim, undefined, { query: '$top=1001' });
    assert.equal(tooMany.status, 400);
    assert.match(tooMany.body.error.message, /between 1 and 1000/);
    const unknownSelect = await readAudits(sim, undefined, { query: '$select=id,colour' });
    assert.equal(unknownSelect.status, 400);
    assert.match(unknownSelect.body.error.message, /'colour' on type 'microsoft.graph.directoryAudit'/);
    const selected = await readAudits(sim, undefined, { query: '$select=id,activityDisplayName&$top=1' });
    assert.deepEqual(Object.keys(selected.body.value[0]).sort(), ['activityDisplayName', 'id']);
  });

  it('pages with @odata.nextLink, newest first by default and oldest first when asked', async () => {
    const sim = s.get();
    for (let i = 0; i < 6; i++) await setOutboundRedemption(sim, i % 2 === 0);
    const filter = encodeURIComponent(`activityDisplayName eq '${UPDATE_PARTNER}'`);
    const collect = async (order: string) => {
      let next: string | undefined = `${AUDITS}?$filter=${filter}&$top=3${order}`;
      const seen: ReplyJson[] = [];
      let pages = 0;
      while (next) {
        await sim.control('PATCH', '/settings', { reportsLimit: 5 }); // a fresh budget per page
        const res = await graph(sim, 'GET', next);
        assert.equal(res.status, 200, JSON.stringify(res.body));
        assert.ok(res.body.value.length <= 3);
        seen.push(...res.body.value);
        next = res.body['@odata.nextLink'];
        if (next) assert.match(next, /^https:\/\/127\.0\.0\.1:\d+\/v1\.0\/auditLogs\/directoryAudits\?.*\$skiptoken=/);
        pages++;
      }
      return { seen, pages };
    };
    const newest = await collect('');
    const oldest = await collect('&$orderby=activityDateTime asc');
    assert.ok(newest.seen.length >= 8 && newest.pages >= 3);
    assert.equal(new Set(newest.seen.map((e) => e.id)).size, newest.seen.length);
    const times = oldest.seen.map((e) => Date.parse(e.activityDateTime));
    assert.deepEqual(
      times,
      [...times].sort((a, b) => a - b),
    );
    assert.deepEqual(
      oldest.seen.map((e) => e.id),
      [...newest.seen].reverse().map((e) => e.id),
    );
  });

  it('shares the reports budget (5 per 10 s per app per tenant) with provisioning logs, per batch item', async () => {
    const sim = s.get();
    await sim.control('PATCH', '/settings', { reportsLimit: 5 });
    const statuses: number[] = [];
    for (const path of ['/auditLogs/provisioning?$top=1', `${AUDITS}?$top=1`]) {
      for (let i = 0; i < 3; i++) statuses.push((await graph(sim, 'GET', path)).status);
    }
    assert.deepEqual(statuses, [200, 200, 200, 200, 200, 429]);
    await sim.control('PATCH', '/settings', { reportsLimit: 5 });
    const requests = [1, 2, 3, 4, 5, 6].map((i) => ({
      id: String(i),
      method: 'GET',
      url: i % 2 ? `${AUDITS}?$top=1` : '/auditLogs/provisioning?$top=1',
    }));
    const batch = await graph(sim, 'POST', '/$batch', { body: { requests } });
    const byId = new Map(batch.body.responses.map((r: ReplyJson) => [r.id, r.status]));
    assert.deepEqual(
      [1, 2, 3, 4, 5, 6].map((i) => byId.get(String(i))),
      [200, 200, 200, 200, 200, 429],
    );
  });

  it('seeds noise for benchmarks that a watermark read pages through, oldest first', async () => {
    const sim = s.get();
    const watermark = new Date(Date.now() - 1000).toISOString();
    const seeded = await sim.control('POST', '/seed/directory-audits', {
      count: 2500,
      tenant: 'northwind',
      minutes: 0,
    });
    assert.equal(seeded.status, 200, JSON.stringify(seeded.body));
    assert.equal(seeded.body.added, 2500);
    let next: string | undefined =
      `${AUDITS}?$filter=${encodeURIComponent(`activityDateTime ge ${watermark}`)}` + '&$orderby=activityDateTime asc';
    const token = await sim.token('Northwind Traders');
    const pages: number[] = [];
    let last = 0;
    while (next) {
      await sim.control('PATCH', '/settings', { reportsLimit: 5 });
      const res = await graph(sim, 'GET', next, { token });
      assert.equal(res.status, 200, JSON.stringify(res.body));
      pages.push(res.body.value.length);
      for (const e of res.body.value) {
        assert.equal(e.activityDisplayName, 'Update user');
        assert.ok(Date.parse(e.activityDateTime) >= last);
        last = Date.parse(e.activityDateTime);
      }
      next = res.body['@odata.nextLink'];
    }
    assert.deepEqual(pages, [1000, 1000, 500]);
  });

  it('needs AuditLog.Read.All (with Directory.Read.All), as the documented permission table says', async () => {
    const sim = s.get();
    // Woodgrove's app is used by no other test of this file; tokens issued after the change carry the new roles.
    const woodgrove = tenantNamed(sim, 'Woodgrove Bank');
    const app = await sim.control('PATCH', `/tenants/woodgrove/apps/${woodgrove.clientId}`, {
      roles: ['Directory.Read.All'],
    });
    assert.equal(app.status, 200, JSON.stringify(app.body));
    const res = await readAudits(sim, undefined, { tenant: 'woodgrovebank.com' });
    assert.equal(res.status, 403);
    assert.equal(res.body.error.code, 'Authorization_RequestDenied');
  });
});
