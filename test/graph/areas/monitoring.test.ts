import assert from 'node:assert/strict';
import { CodedError, ErrorCode } from '../../../src/errors';
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

  it('runs one log query per configuration in a batch and answers each with a page or its coded error', async () => {
    env = await gatewayOnFake((req, fake) =>
      batchReply(req, (item) =>
        item.url.includes('sp-2')
          ? {
              status: 403,
              body: graphError(
                'Authorization_RequestDenied',
                'Insufficient privileges to complete the operation.',
                'rid-m',
              ),
            }
          : {
              status: 200,
              body: {
                value: [
                  {
                    id: 'l1',
                    activityDateTime: '2024-05-01T00:00:00Z',
                    provisioningAction: 'create',
                    provisioningStatusInfo: { status: 'success' },
                  },
                ],
                '@odata.nextLink': `${fake.baseUrl}/auditLogs/provisioning?$skiptoken=n`,
              },
            },
      ),
    );
    const since = new Date('2024-05-01T00:00:00Z');
    const [first, second] = await env.gateway.listProvisioningLogsOfEach([
      { servicePrincipalId: 'sp-1', since },
      { servicePrincipalId: 'sp-2', since },
    ]);
    assert.ok(!(first instanceof CodedError));
    assert.equal(first.items[0].action, 'create');
    assert.equal(first.next, '/auditLogs/provisioning?$skiptoken=n');
    assert.ok(second instanceof CodedError);
    assert.equal(second.code, ErrorCode.GraphForbidden);
    assert.match(second.message, /AuditLog\.Read\.All and Directory\.Read\.All/);
    const [request] = (env.fake.requests[0].body as { requests: Array<{ url: string }> }).requests;
    const query = new URL(`https://x${request.url}`).searchParams;
    assert.equal(query.get('$filter'), "servicePrincipal/id eq 'sp-1' and activityDateTime ge 2024-05-01T00:00:00Z");
    assert.equal(query.get('$orderby'), 'activityDateTime asc');
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
