import assert from 'node:assert/strict';
import { gatewayOnFake, GatewayOnFake } from '../support/gatewayOnFake';

/** A directoryAudit as the v1.0 reference shows one: a person turning off inbound automatic redemption. */
const partnerUpdate = {
  id: 'Directory_0b7f',
  category: 'CrossTenantAccessSettings',
  correlationId: 'c1f3b5a0-0000-4000-8000-000000000001',
  result: 'success',
  resultReason: '',
  activityDisplayName: 'Update a partner cross-tenant access setting',
  activityDateTime: '2024-05-01T10:00:00.123Z',
  loggedByService: 'Core Directory',
  operationType: 'Update',
  initiatedBy: {
    app: null,
    user: {
      id: 'u-1',
      displayName: 'Megan Bowen',
      userPrincipalName: 'MeganB@northwind.example',
      ipAddress: '127.0.0.1',
    },
  },
  targetResources: [
    {
      id: 'source-tenant-id',
      displayName: null,
      type: 'Policy',
      userPrincipalName: null,
      groupType: null,
      modifiedProperties: [
        {
          displayName: 'automaticUserConsentSettings',
          oldValue: '{"inboundAllowed":true}',
          newValue: '{"inboundAllowed":false}',
        },
      ],
    },
  ],
  additionalDetails: [{ key: 'User-Agent', value: 'Mozilla/5.0' }],
};

describe('graph/areas directory audits', () => {
  let env: GatewayOnFake | undefined;
  afterEach(async () => {
    await env?.stop();
    env = undefined;
  });

  it('reads the audit log since a watermark with ge, oldest first, and maps who changed what', async () => {
    env = await gatewayOnFake((_req, fake) => ({
      status: 200,
      body: {
        value: [partnerUpdate],
        '@odata.nextLink': `${fake.baseUrl}/auditLogs/directoryAudits?$skiptoken=n`,
      },
    }));
    const page = await env.gateway.readDirectoryAudits(new Date('2024-05-01T09:55:00Z'), 5000);
    const [request] = env.fake.requests;
    assert.equal(request.path, '/auditLogs/directoryAudits');
    assert.equal(request.query.get('$filter'), 'activityDateTime ge 2024-05-01T09:55:00Z');
    assert.equal(request.query.get('$orderby'), 'activityDateTime asc');
    assert.equal(request.query.get('$top'), '1000');
    assert.equal(page.next, '/auditLogs/directoryAudits?$skiptoken=n');
    const [entry] = page.items;
    assert.deepEqual(entry.initiatedBy, {
      kind: 'user',
      id: 'u-1',
      displayName: 'Megan Bowen',
      userPrincipalName: 'MeganB@northwind.example',
    });
    assert.equal(entry.targets[0].modifiedProperties[0].newValue, '{"inboundAllowed":false}');
    assert.equal(entry.details['User-Agent'], 'Mozilla/5.0');
    assert.equal(entry.result, 'success');
  });

  it('follows a next link of the audit log only, and names the app when no person started it', async () => {
    env = await gatewayOnFake(() => ({
      status: 200,
      body: {
        value: [
          {
            ...partnerUpdate,
            initiatedBy: { user: null, app: { appId: 'a-1', displayName: 'Sync Bot', servicePrincipalId: 'sp-bot' } },
          },
        ],
      },
    }));
    const page = await env.gateway.nextDirectoryAudits('/auditLogs/directoryAudits?$skiptoken=n');
    assert.deepEqual(page.items[0].initiatedBy, {
      kind: 'app',
      appId: 'a-1',
      servicePrincipalId: 'sp-bot',
      displayName: 'Sync Bot',
    });
    assert.equal(page.next, undefined);
    await assert.rejects(env.gateway.nextDirectoryAudits('/auditLogs/provisioning?$skiptoken=n'), /page link/);
  });
});
