import assert from 'node:assert/strict';
import { ErrorCode, isCoded } from '../../../src/errors';
import { CROSS_TENANT_SYNC_TEMPLATE_ID } from '../../../src/graph/constants';
import { batchReply } from '../support/batchResponder';
import { graphError } from '../support/fakeGraph';
import { gatewayOnFake, GatewayOnFake } from '../support/gatewayOnFake';

const sp = (n: number) => ({
  id: `sp-${n}`,
  appId: `app-${n}`,
  displayName: `Contoso ${n}`,
  applicationTemplateId: CROSS_TENANT_SYNC_TEMPLATE_ID,
  appRoles: [{ id: `role-${n}`, displayName: 'msiam_access', allowedMemberTypes: ['User'] }],
});
const job = {
  id: 'Azure2Azure.x.y',
  templateId: 'Azure2Azure',
  schedule: { state: 'Active', interval: 'PT40M' },
  status: { code: 'Active' },
};
const secrets = (n: number) => ({
  value: [
    { key: 'CompanyId', value: `target-${n}` },
    { key: 'SyncAll', value: n % 2 ? 'true' : 'false' },
  ],
});

/** A fake source tenant with `count` configurations, service principals served 10 per page. */
function tenantWith(
  count: number,
  overrides: (url: string) => { status: number; headers?: Record<string, string>; body?: unknown } | undefined = () =>
    undefined,
) {
  return (req: import('../support/fakeGraph').SeenRequest, fake: import('../support/fakeGraph').FakeGraph) => {
    if (req.path === '/servicePrincipals') {
      const skip = Number(req.query.get('$skiptoken') ?? 0);
      const page = Array.from({ length: Math.min(10, count - skip) }, (_, i) => sp(skip + i + 1));
      const next = skip + 10 < count ? `${fake.baseUrl}/servicePrincipals?$skiptoken=${skip + 10}` : undefined;
      return { status: 200, body: { value: page, ...(next ? { '@odata.nextLink': next } : {}) } };
    }
    if (req.path === '/$batch') {
      return batchReply(req, (item) => {
        const special = overrides(item.url);
        if (special) return special;
        const n = Number(/sp-(\d+)/.exec(item.url)?.[1]);
        return item.url.endsWith('/jobs') ? { status: 200, body: { value: [job] } } : { status: 200, body: secrets(n) };
      });
    }
    return { status: 404, body: graphError('Request_ResourceNotFound', 'nope') };
  };
}

describe('graph/areas configurations', () => {
  let env: GatewayOnFake | undefined;
  afterEach(async () => {
    await env?.stop();
    env = undefined;
  });

  it('lists configurations with job, target and scope in two round trips for three of them', async () => {
    env = await gatewayOnFake(tenantWith(3));
    const configs = await env.gateway.listConfigurations();
    assert.equal(configs.length, 3);
    assert.deepEqual(configs[0], {
      servicePrincipalId: 'sp-1',
      appId: 'app-1',
      displayName: 'Contoso 1',
      appRoleId: 'role-1',
      job: {
        id: 'Azure2Azure.x.y',
        templateId: 'Azure2Azure',
        scheduleState: 'Active',
        interval: 'PT40M',
        status: 'Active',
        quarantine: undefined,
        lastExecution: undefined,
        lastSuccessfulExecution: undefined,
        countSuccessiveCompleteFailures: 0,
        deleteThreshold: undefined,
      },
      target: { tenantId: 'target-1' },
      scopeMode: 'allUsers',
    });
    assert.equal(configs[1].scopeMode, 'assignedOnly');
    assert.deepEqual(
      env.fake.requests.map((r) => `${r.method} ${r.path}`),
      ['GET /servicePrincipals', 'POST /$batch'],
    );
    assert.equal(
      env.fake.requests[0].query.get('$filter'),
      `applicationTemplateId eq '${CROSS_TENANT_SYNC_TEMPLATE_ID}'`,
    );
    const batch = env.fake.requests[1].body as { requests: Array<{ url: string; method: string }> };
    assert.equal(batch.requests.length, 6);
    assert.equal(batch.requests[0].url, '/servicePrincipals/sp-1/synchronization/jobs');
  });

  it('keeps round trips bounded as configurations grow: batches of 20 requests', async () => {
    env = await gatewayOnFake(tenantWith(25));
    const configs = await env.gateway.listConfigurations();
    assert.equal(configs.length, 25);
    assert.equal(configs[24].target?.tenantId, 'target-25');
    const batches = env.fake.requests.filter((r) => r.path === '/$batch');
    assert.equal(
      env.fake.requests.filter((r) => r.path === '/servicePrincipals').length,
      3,
      'three pages of service principals',
    );
    assert.deepEqual(
      batches.map((b) => (b.body as { requests: unknown[] }).requests.length),
      [20, 20, 10],
    );
  });

  it('retries batch items Graph throttled, after their Retry-After', async () => {
    let throttledOnce = false;
    env = await gatewayOnFake(
      tenantWith(2, (url) => {
        if (url === '/servicePrincipals/sp-2/synchronization/secrets' && !throttledOnce) {
          throttledOnce = true;
          return {
            status: 429,
            headers: { 'Retry-After': '3' },
            body: graphError('TooManyRequests', 'Please retry again later.'),
          };
        }
        return undefined;
      }),
    );
    const configs = await env.gateway.listConfigurations();
    assert.equal(configs[1].target?.tenantId, 'target-2');
    assert.deepEqual(env.waits, [3000]);
    const batches = env.fake.requests.filter((r) => r.path === '/$batch');
    assert.equal(
      (batches[1].body as { requests: unknown[] }).requests.length,
      1,
      'only the throttled item is sent again',
    );
  });

  it('fails the listing with the permission a batch item lacked', async () => {
    env = await gatewayOnFake(
      tenantWith(2, (url) =>
        url.endsWith('/jobs')
          ? {
              status: 403,
              body: graphError(
                'Authorization_RequestDenied',
                'Insufficient privileges to complete the operation.',
                'rid-b',
              ),
            }
          : undefined,
      ),
    );
    const error = await env.gateway.listConfigurations().catch((e: unknown) => e);
    assert.ok(isCoded(error, ErrorCode.GraphForbidden));
    assert.match((error as Error).message, /Synchronization\.Read\.All/);
  });

  it('shows a configuration whose service principal vanished meanwhile as having no job', async () => {
    env = await gatewayOnFake(
      tenantWith(1, (url) =>
        url.startsWith('/servicePrincipals/sp-1/')
          ? { status: 404, body: graphError('Request_ResourceNotFound', 'gone') }
          : undefined,
      ),
    );
    const [config] = await env.gateway.listConfigurations();
    assert.equal(config.job, undefined);
    assert.equal(config.target, undefined);
  });

  it('gets one configuration in a single batch, and nothing for a non-sync service principal', async () => {
    env = await gatewayOnFake((req) =>
      batchReply(req, (item) => {
        if (item.url.startsWith('/servicePrincipals/sp-1?')) return { status: 200, body: sp(1) };
        if (item.url.startsWith('/servicePrincipals/other?'))
          return { status: 200, body: { ...sp(9), applicationTemplateId: null } };
        if (item.url.includes('/other')) return { status: 200, body: { value: [] } };
        return item.url.endsWith('/jobs') ? { status: 200, body: { value: [job] } } : { status: 200, body: secrets(1) };
      }),
    );
    const config = await env.gateway.getConfiguration('sp-1');
    assert.equal(config?.job?.id, 'Azure2Azure.x.y');
    assert.equal(env.fake.requests.length, 1);
    assert.equal(await env.gateway.getConfiguration('other'), undefined);
  });

  it('instantiates the template and remembers the msiam_access role', async () => {
    env = await gatewayOnFake(() => ({
      status: 201,
      body: {
        application: { id: 'app-obj', appId: 'app-id', displayName: 'Fabrikam' },
        servicePrincipal: { ...sp(7), displayName: 'Fabrikam' },
      },
    }));
    const created = await env.gateway.instantiateConfiguration('Fabrikam');
    assert.deepEqual(created, {
      applicationId: 'app-obj',
      appId: 'app-id',
      servicePrincipalId: 'sp-7',
      displayName: 'Fabrikam',
      appRoleId: 'role-7',
    });
    assert.equal(env.fake.requests[0].path, `/applicationTemplates/${CROSS_TENANT_SYNC_TEMPLATE_ID}/instantiate`);
    assert.deepEqual(env.fake.requests[0].body, { displayName: 'Fabrikam' });
  });
});
