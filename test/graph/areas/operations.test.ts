import assert from 'node:assert/strict';
import { ErrorCode, isCoded } from '../../../src/errors';
import { batchReply } from '../support/batchResponder';
import { graphError } from '../support/fakeGraph';
import { graphFixture } from '../support/fixtures';
import { gatewayOnFake, GatewayOnFake } from '../support/gatewayOnFake';
import { ctsSchema } from '../support/ctsSchema';

const SYNC = '/servicePrincipals/sp-1/synchronization';

describe('graph/areas jobs, secrets, schema, assignments, provisioning, policies', () => {
  let env: GatewayOnFake | undefined;
  afterEach(async () => {
    await env?.stop();
    env = undefined;
  });

  it('starts, pauses and restarts jobs with the documented bodies', async () => {
    env = await gatewayOnFake(() => ({ status: 204 }));
    await env.gateway.startJob('sp-1', 'job-1');
    await env.gateway.pauseJob('sp-1', 'job-1');
    await env.gateway.restartJob('sp-1', 'job-1');
    await env.gateway.restartJob('sp-1', 'job-1', ['ForceDeletes']);
    await env.gateway.restartJob('sp-1', 'job-1', ['Watermark', 'Escrows', 'QuarantineState']);
    assert.deepEqual(
      env.fake.requests.map((r) => [r.method, r.path, r.body]),
      [
        ['POST', `${SYNC}/jobs/job-1/start`, {}],
        ['POST', `${SYNC}/jobs/job-1/pause`, {}],
        ['POST', `${SYNC}/jobs/job-1/restart`, {}],
        ['POST', `${SYNC}/jobs/job-1/restart`, { criteria: { resetScope: 'ForceDeletes' } }],
        ['POST', `${SYNC}/jobs/job-1/restart`, { criteria: { resetScope: 'Watermark, Escrows, QuarantineState' } }],
      ],
    );
  });

  it('test connection: 204 is ok, a 400 carries the failing check, other errors throw', async () => {
    let reply: { status: number; body?: unknown } = { status: 204 };
    env = await gatewayOnFake(() => reply);
    assert.deepEqual(await env.gateway.validateCredentials('sp-1', 'target-1'), { ok: true });
    assert.deepEqual(env.fake.requests[0].body, {
      useSavedCredentials: false,
      templateId: 'Azure2Azure',
      credentials: [
        { key: 'CompanyId', value: 'target-1' },
        { key: 'AuthenticationType', value: 'SyncPolicy' },
      ],
    });
    assert.equal(env.fake.requests[0].path, `${SYNC}/jobs/validateCredentials`);
    reply = {
      status: 400,
      body: graphError(
        'AzureDirectoryB2BManagementPolicyCheckFailure',
        'Policy permitting auto-redemption of invitations not configured.',
        'rid-v',
      ),
    };
    assert.deepEqual(await env.gateway.validateJobCredentials('sp-1', 'job-1'), {
      ok: false,
      code: 'AzureDirectoryB2BManagementPolicyCheckFailure',
      message: 'Policy permitting auto-redemption of invitations not configured.',
      requestId: 'rid-v',
    });
    assert.deepEqual(env.fake.requests[1].body, { useSavedCredentials: true });
    reply = { status: 403, body: graphError('Authorization_RequestDenied', 'no') };
    await assert.rejects(
      env.gateway.validateCredentials('sp-1', 't'),
      (e: unknown) =>
        isCoded(e, ErrorCode.GraphForbidden) && /Synchronization\.ReadWrite\.All/.test((e as Error).message),
    );
  });

  it('saves settings as a whole PUT that keeps the secrets it does not manage', async () => {
    const stored = [
      { key: 'AuthenticationType', value: 'SyncPolicy' },
      { key: 'CompanyId', value: 'target-1' },
      { key: 'SyncAll', value: 'false' },
    ];
    env = await gatewayOnFake((req) =>
      req.method === 'GET' ? { status: 200, body: { value: stored } } : { status: 204 },
    );
    const settings = await env.gateway.getSettings('sp-1');
    await env.gateway.saveSettings('sp-1', { ...settings, scopeMode: 'allUsers' });
    const put = env.fake.requests[1];
    assert.equal(put.method, 'PUT');
    assert.equal(put.path, `${SYNC}/secrets`);
    const value = (put.body as { value: Array<{ key: string; value: string }> }).value;
    assert.deepEqual(value.slice(0, 3), [
      { key: 'AuthenticationType', value: 'SyncPolicy' },
      { key: 'CompanyId', value: 'target-1' },
      { key: 'SyncAll', value: 'true' },
    ]);
    assert.equal(value[3].key, 'SyncNotificationSettings');
  });

  it('reads the mappings and the user rule id from the job schema', async () => {
    env = await gatewayOnFake(() => ({ status: 200, body: ctsSchema }));
    assert.equal(await env.gateway.getUserRuleId('sp-1', 'job-1'), 'df8df8d1-9e6e-40d3-b8df-09bbb402db7e');
    const mappings = await env.gateway.getMappings('sp-1', 'job-1');
    assert.equal(
      mappings?.attributeMappings.find((m) => m.targetAttributeName === 'userType')?.flowType,
      'ObjectAddOnly',
    );
    assert.equal(env.fake.requests[0].path, `${SYNC}/jobs/job-1/schema`);
  });

  it('adds and removes assignments with the msiam_access role', async () => {
    env = await gatewayOnFake((req) =>
      req.method === 'POST'
        ? {
            status: 201,
            body: {
              id: '-WmtM5na7Uus0D8kI1y',
              appRoleId: 'role-1',
              principalId: 'u-1',
              principalType: 'User',
              principalDisplayName: 'Adele Vance',
              createdDateTime: '2023-07-31T22:23:48Z',
            },
          }
        : { status: 204 },
    );
    const added = await env.gateway.addAssignment('sp-1', { principalId: 'u-1', appRoleId: 'role-1' });
    assert.equal(added.principalDisplayName, 'Adele Vance');
    assert.deepEqual(env.fake.requests[0].body, { principalId: 'u-1', resourceId: 'sp-1', appRoleId: 'role-1' });
    await env.gateway.removeAssignment('sp-1', added.id);
    assert.equal(env.fake.requests[1].path, '/servicePrincipals/sp-1/appRoleAssignedTo/-WmtM5na7Uus0D8kI1y');
  });

  it('provisions on demand with ruleId and subjects and parses the answer', async () => {
    env = await gatewayOnFake(() => ({ status: 200, body: graphFixture('provisionOnDemand-formB.json') }));
    const outcomes = await env.gateway.provisionOnDemand('sp-1', 'job-1', {
      ruleId: 'rule-1',
      subjects: [{ objectId: 'u-1', objectTypeName: 'User' }],
    });
    assert.equal(outcomes[0].action, 'create');
    assert.deepEqual(env.fake.requests[0].body, {
      parameters: [{ ruleId: 'rule-1', subjects: [{ objectId: 'u-1', objectTypeName: 'User' }] }],
    });
  });

  it('queries provisioning logs newest first and pages with the next link', async () => {
    env = await gatewayOnFake(() => ({ status: 500 }));
    // The fixture's next link names graph.microsoft.com; rewrite it to the fake the way Graph would name itself.
    env.fake.handle((req, fake) => {
      if (req.query.has('$skiptoken')) return { status: 200, body: { value: [] } };
      const body = graphFixture<Record<string, unknown>>('provisioningLogs-page.json');
      body['@odata.nextLink'] = String(body['@odata.nextLink']).replace(
        'https://graph.microsoft.com/v1.0',
        fake.baseUrl,
      );
      return { status: 200, body };
    });
    const page = await env.gateway.listProvisioningLogs({
      servicePrincipalId: 'sp-1',
      status: 'failure',
      since: new Date('2023-07-30T00:00:00Z'),
      top: 2,
    });
    assert.equal(page.items.length, 2);
    assert.equal(page.next, '/auditLogs/provisioning?$top=2&$skiptoken=abc123');
    const [first] = env.fake.requests;
    assert.equal(
      first.query.get('$filter'),
      "servicePrincipal/id eq 'sp-1' and provisioningStatusInfo/status eq 'failure' and activityDateTime gt " +
        '2023-07-29T23:59:59.999Z',
    );
    assert.equal(first.query.get('$orderby'), 'activityDateTime desc');
    assert.equal(first.query.get('$top'), '2');
    const older = await env.gateway.nextProvisioningLogs(page.next as string);
    assert.deepEqual(older, { items: [], next: undefined });
    await assert.rejects(env.gateway.nextProvisioningLogs('/servicePrincipals?$top=1'), (e: unknown) =>
      isCoded(e, ErrorCode.InvalidInput),
    );
  });

  it('reads and changes partner policies and inbound sync with Graph’s property names', async () => {
    env = await gatewayOnFake((req) => {
      if (req.method !== 'GET') return { status: 204 };
      if (req.path.endsWith('/identitySynchronization'))
        return {
          status: 200,
          body: { tenantId: 'src', displayName: 'Contoso', userSyncInbound: { isSyncAllowed: true } },
        };
      if (req.path.endsWith('/missing')) return { status: 404, body: graphError('Request_ResourceNotFound', 'none') };
      return {
        status: 200,
        body: {
          tenantId: 'tgt',
          inboundTrust: null,
          automaticUserConsentSettings: { inboundAllowed: null, outboundAllowed: true },
        },
      };
    });
    assert.deepEqual(await env.gateway.getPartner('tgt'), {
      tenantId: 'tgt',
      inboundTrust: null,
      automaticUserConsent: { inboundAllowed: null, outboundAllowed: true },
      userSyncInboundAllowed: undefined,
    });
    assert.equal(await env.gateway.getPartner('missing'), undefined);
    await env.gateway.updatePartner('tgt', { automaticUserConsent: { inboundAllowed: true } });
    // The whole complex value goes out: the current outboundAllowed is read first and kept.
    assert.equal(env.fake.requests[2].method, 'GET');
    assert.deepEqual(env.fake.requests[3].body, {
      automaticUserConsentSettings: { inboundAllowed: true, outboundAllowed: true },
    });
    assert.equal(env.fake.requests[3].method, 'PATCH');
    assert.deepEqual(await env.gateway.getIdentitySynchronization('src'), {
      tenantId: 'src',
      displayName: 'Contoso',
      userSyncInboundAllowed: true,
    });
    await env.gateway.putIdentitySynchronization('src', { displayName: 'Contoso', userSyncInboundAllowed: true });
    assert.deepEqual(env.fake.requests[5].body, { displayName: 'Contoso', userSyncInbound: { isSyncAllowed: true } });
    assert.equal(env.fake.requests[5].method, 'PUT');
  });

  it('looks up tenants by domain and id, several ids in one batch', async () => {
    env = await gatewayOnFake((req) => {
      if (req.path === '/$batch') {
        return batchReply(req, (item) =>
          item.url.includes('unknown')
            ? { status: 404, body: graphError('Request_ResourceNotFound', 'none') }
            : { status: 200, body: { tenantId: /'(.+)'/.exec(item.url)?.[1], displayName: 'Fabrikam' } },
        );
      }
      return {
        status: 200,
        body: {
          tenantId: 't-1',
          displayName: 'Contoso, Ltd',
          defaultDomainName: 'contoso.onmicrosoft.com',
          federationBrandName: null,
        },
      };
    });
    assert.deepEqual(await env.gateway.findTenantByDomain('contoso.com'), {
      tenantId: 't-1',
      displayName: 'Contoso, Ltd',
      defaultDomainName: 'contoso.onmicrosoft.com',
    });
    assert.equal(
      env.fake.requests[0].path,
      "/tenantRelationships/findTenantInformationByDomainName(domainName='contoso.com')",
    );
    const found = await env.gateway.findTenantsById(['t-2', 'unknown', 't-2']);
    assert.deepEqual(
      found.map((t) => t.tenantId),
      ['t-2'],
    );
    assert.equal(
      (env.fake.requests[1].body as { requests: unknown[] }).requests.length,
      2,
      'duplicates are asked once',
    );
  });
});
