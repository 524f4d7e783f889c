import assert from 'node:assert/strict';
import { configuration, reportsGraph, useSimulator } from './helpers';
import type { ReplyJson } from './testSimulator';

const q = (filter: string, extra = '') => `/auditLogs/provisioning?$filter=${encodeURIComponent(filter)}${extra}`;

describe('simulator: provisioning logs at scale', () => {
  const s = useSimulator();
  before(async function () {
    this.timeout(60000);
    const res = await s
      .get()
      .control('POST', '/seed/provisioning-logs', { count: 100_000, configuration: 'Contoso A', hours: 24 });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.ok(res.body.total >= 100_000);
  });

  // How fast is measured by bench/monitor.ts; this checks what the monitor relies on.
  it('answers the monitor\'s "activityDateTime gt <watermark>" with only newer entries, newest first', async () => {
    const sim = s.get();
    const token = await sim.token();
    const watermark = new Date(Date.now() - 10 * 60_000).toISOString().replace(/\.\d+Z$/, 'Z');
    const res = await reportsGraph(sim, 'GET', q(`activityDateTime gt ${watermark}`, '&$top=100'), { token });
    assert.equal(res.status, 200);
    assert.ok(res.body.value.length > 0);
    assert.ok(
      res.body.value.every((e: { activityDateTime: string }) => Date.parse(e.activityDateTime) > Date.parse(watermark)),
    );
    const times = res.body.value.map((e: { activityDateTime: string }) => Date.parse(e.activityDateTime));
    assert.deepEqual(
      times,
      [...times].sort((a: number, b: number) => b - a),
    );
  });

  it('pages through a time window with @odata.nextLink', async () => {
    const sim = s.get();
    const from = new Date(Date.now() - 3 * 3600_000).toISOString().replace(/\.\d+Z$/, 'Z');
    const to = new Date(Date.now() - 2 * 3600_000).toISOString().replace(/\.\d+Z$/, 'Z');
    let next: string | undefined = q(
      `activityDateTime gt ${from} and activityDateTime lt ${to}`,
      '&$top=1000&$orderby=activityDateTime asc',
    );
    const ids = new Set<string>();
    let last = '';
    while (next) {
      const res = await reportsGraph(sim, 'GET', next);
      assert.equal(res.status, 200);
      for (const e of res.body.value) {
        assert.ok(Date.parse(e.activityDateTime) >= Date.parse(last || e.activityDateTime));
        last = e.activityDateTime;
        ids.add(e.id);
      }
      next = res.body['@odata.nextLink'];
    }
    assert.ok(ids.size > 3000 && ids.size < 5000, `${ids.size} entries in an hour`);
  });

  it('supports the documented filter forms', async () => {
    const sim = s.get();
    const a = configuration(sim, 'Contoso A');
    const count = async (path: string) => {
      const res = await reportsGraph(sim, 'GET', path);
      assert.equal(res.status, 200, JSON.stringify(res.body));
      return res.body.value as ReplyJson[];
    };
    const byJob = await count(q(`jobId eq '${a.jobId}'`, '&$top=5'));
    assert.equal(byJob.length, 5);
    const since = new Date(Date.now() - 3600_000).toISOString().replace(/\.\d+Z$/, 'Z');
    const bySp = await count(
      q(`servicePrincipal/id eq '${a.servicePrincipalId}' and activityDateTime gt ${since}`, '&$top=50'),
    );
    assert.ok(
      bySp.every(
        (e) => e.servicePrincipal.id === a.servicePrincipalId && Date.parse(e.activityDateTime) >= Date.parse(since),
      ),
    );
    const failures = await count(q("provisioningStatusInfo/status eq 'failure'", '&$top=20'));
    assert.ok(failures.length > 0 && failures.every((e) => e.provisioningStatusInfo.status === 'failure'));
    const creates = await count(q("provisioningAction eq 'create'", '&$top=20'));
    assert.ok(creates.every((e) => e.provisioningAction === 'create'));
    assert.equal(
      (await count(q("provisioningAction eq 'Create'", '&$top=20'))).length,
      0,
      'filters are case sensitive',
    );
    const someone = byJob[0].sourceIdentity.id;
    const bySource = await count(q(`sourceIdentity/id eq '${someone}'`, '&$top=10'));
    assert.ok(bySource.every((e) => e.sourceIdentity.id === someone));
    const day = new Date(Date.now() - 86400_000).toISOString().slice(0, 10);
    const tomorrow = new Date(Date.now() + 86400_000).toISOString().slice(0, 10);
    const tutorialFilter =
      `((contains(tolower(servicePrincipal/id), '${a.servicePrincipalId}') ` +
      `or contains(tolower(servicePrincipal/displayName), '${a.servicePrincipalId}')) ` +
      `and activityDateTime gt ${day} and activityDateTime lt ${tomorrow})`;
    const tutorial = await count(
      `/auditLogs/provisioning?$filter=${encodeURIComponent(tutorialFilter)}&$top=500&$orderby=activityDateTime desc`,
    );
    assert.equal(tutorial.length, 500);
    const byId = await count(q(`id eq '${byJob[0].id}'`));
    assert.equal(byId.length, 1);
  });

  it('requires AuditLog.Read.All and Directory.Read.All, and shows each tenant its own logs', async () => {
    const sim = s.get();
    const fabrikam = await reportsGraph(sim, 'GET', '/auditLogs/provisioning?$top=5', {
      token: await sim.token('Fabrikam'),
    });
    assert.equal(fabrikam.status, 200);
    assert.equal(fabrikam.body.value.length, 0);
    assert.equal(fabrikam.body['@odata.context'], `${sim.connection.graphBaseUrl}/$metadata#auditLogs/provisioning`);
    const bad = await reportsGraph(sim, 'GET', '/auditLogs/provisioning?$orderby=jobId');
    assert.equal(bad.status, 400);
  });
});
