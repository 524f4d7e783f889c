import assert from 'node:assert/strict';
import { CROSS_TENANT_SYNC_TEMPLATE_ID } from '../../../src/graph/constants';
import { batchReply } from '../support/batchResponder';
import { graphError } from '../support/fakeGraph';
import { gatewayOnFake, GatewayOnFake } from '../support/gatewayOnFake';

const job = {
  id: 'Azure2Azure.x',
  templateId: 'Azure2Azure',
  schedule: { state: 'Active', interval: 'PT40M' },
  status: { code: 'Quarantine', quarantine: { reason: 'TooManyDeletes', seriesCount: 1 } },
};
const sp = (n: number) => ({
  id: `sp-${n}`,
  appId: `app-${n}`,
  displayName: `Config ${n}`,
  applicationTemplateId: CROSS_TENANT_SYNC_TEMPLATE_ID,
  appRoles: [],
});

describe('graph/areas monitoring reads and application lookup', () => {
  let env: GatewayOnFake | undefined;
  afterEach(async () => {
    await env?.stop();
    env = undefined;
  });

  it('reads the jobs of 30 configurations in two batches, without secrets', async () => {
    env = await gatewayOnFake((req) => {
      if (req.path === '/servicePrincipals')
        return { status: 200, body: { value: Array.from({ length: 30 }, (_, i) => sp(i + 1)) } };
      return batchReply(req, (item) =>
        item.url.includes('sp-7/')
          ? { status: 404, body: graphError('Request_ResourceNotFound', 'gone') }
          : { status: 200, body: { value: [job] } },
      );
    });
    const configs = await env.gateway.listConfigurationJobs();
    assert.equal(configs.length, 30);
    assert.equal(configs[0].job?.quarantine?.reason, 'TooManyDeletes');
    assert.equal(configs[6].job, undefined, 'deleted meanwhile: no job');
    const batches = env.fake.requests
      .filter((r) => r.path === '/$batch')
      .map((r) => (r.body as { requests: Array<{ url: string }> }).requests);
    assert.deepEqual(
      batches.map((b) => b.length),
      [20, 10],
    );
    assert.ok(batches.flat().every((r) => r.url.endsWith('/synchronization/jobs')));
  });

  it('reads the tenant log stream as one plain request with gt, oldest first, never in a batch', async () => {
    env = await gatewayOnFake((req, fake) => ({
      status: 200,
      body: {
        value: [
          {
            id: 'l1',
            activityDateTime: '2024-05-01T00:00:00.001Z',
            provisioningAction: 'create',
            provisioningStatusInfo: { status: 'success' },
            servicePrincipal: { id: 'sp-1', displayName: 'Contoso A' },
          },
        ],
        '@odata.nextLink': `${fake.baseUrl}/auditLogs/provisioning?$skiptoken=n`,
      },
    }));
    const page = await env.gateway.readProvisioningStream(new Date('2024-05-01T00:00:00Z'), 500);
    assert.equal(page.items[0].action, 'create');
    assert.equal(page.items[0].servicePrincipalId, 'sp-1');
    assert.equal(page.next, '/auditLogs/provisioning?$skiptoken=n');
    const [request] = env.fake.requests;
    assert.equal(request.path, '/auditLogs/provisioning');
    // gt one millisecond before the watermark: at or after it, with the documented operator.
    assert.equal(request.query.get('$filter'), 'activityDateTime gt 2024-04-30T23:59:59.999Z');
    assert.equal(request.query.get('$orderby'), 'activityDateTime asc');
    assert.equal(request.query.get('$top'), '500');
  });

  it('finds the application behind a configuration by appId, or nothing', async () => {
    env = await gatewayOnFake((req) => ({
      status: 200,
      body: {
        value: req.query.get('$filter')?.includes("'app-1'")
          ? [{ id: 'obj-1', appId: 'app-1', displayName: 'Contoso A' }]
          : [],
      },
    }));
    assert.deepEqual(await env.gateway.findApplicationByAppId('app-1'), {
      id: 'obj-1',
      appId: 'app-1',
      displayName: 'Contoso A',
    });
    assert.equal(await env.gateway.findApplicationByAppId("x' or '1"), undefined);
    assert.equal(env.fake.requests[1].query.get('$filter'), "appId eq 'x'' or ''1'");
  });
});
