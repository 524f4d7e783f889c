import assert from 'node:assert/strict';
import type { WireAttributeMapping, WireSyncSchema } from '../../../src/graph/wire/synchronization';
import { ctsSchema } from '../support/ctsSchema';
import { gatewayOnFake, GatewayOnFake } from '../support/gatewayOnFake';

const SYNC = '/servicePrincipals/sp-1/synchronization';
type Secret = { key: string; value: string };

/** The fake answers the schema (or the secrets) and records the PUT. */
function schemaReplies(schema: WireSyncSchema = ctsSchema) {
  return (req: { method: string }) =>
    req.method === 'GET' ? { status: 200, body: structuredClone(schema) } : { status: 204 };
}

function putMapping(env: GatewayOnFake, target: string): WireAttributeMapping | undefined {
  const put = env.fake.requests.find((r) => r.method === 'PUT');
  assert.ok(put, 'the schema was PUT');
  assert.equal(put.path, `${SYNC}/jobs/job-1/schema`);
  const schema = put.body as WireSyncSchema;
  for (const rule of schema.synchronizationRules ?? [])
    for (const mapping of rule.objectMappings ?? [])
      if (mapping.sourceObjectName === 'User')
        return (mapping.attributeMappings ?? []).find((m) => m.targetAttributeName === target);
  return undefined;
}

describe('graph/areas mapping and settings writes (intent methods)', () => {
  let env: GatewayOnFake | undefined;
  afterEach(async () => {
    await env?.stop();
    env = undefined;
  });

  it(
    'setUserTypeMapping writes the constant and when it applies, and PUTs the rest of the schema ' + 'unchanged',
    async () => {
      env = await gatewayOnFake(schemaReplies());
      assert.equal(await env.gateway.setUserTypeMapping('sp-1', 'job-1', 'Guest', false), true);
      assert.deepEqual(putMapping(env, 'userType')?.source, {
        type: 'Constant',
        name: 'Guest',
        expression: '"Guest"',
        parameters: [],
      });
      assert.equal(putMapping(env, 'userType')?.flowType, 'Always');
      assert.deepEqual(putMapping(env, 'displayName'), ctsUserMapping('displayName'), 'the other mappings are kept');
      const put = env.fake.requests.find((r) => r.method === 'PUT')!.body as WireSyncSchema;
      assert.equal(put.id, ctsSchema.id);
      assert.equal(put.synchronizationRules?.length, ctsSchema.synchronizationRules?.length);

      await env.stop();
      env = await gatewayOnFake(schemaReplies());
      await env.gateway.setUserTypeMapping('sp-1', 'job-1', 'Member', true);
      assert.equal(putMapping(env, 'userType')?.flowType, 'ObjectAddOnly');
    },
  );

  it('setShowInAddressList writes "True" or "False" and leaves when it applies alone', async () => {
    env = await gatewayOnFake(schemaReplies());
    await env.gateway.setShowInAddressList('sp-1', 'job-1', false);
    assert.deepEqual(putMapping(env, 'showInAddressList')?.source, {
      type: 'Constant',
      name: 'False',
      expression: '"False"',
      parameters: [],
    });
    assert.equal(putMapping(env, 'showInAddressList')?.flowType, ctsUserMapping('showInAddressList')?.flowType);
  });

  it('setDisplayNameSuffix appends the suffix with Append, and without one maps the source display name', async () => {
    env = await gatewayOnFake(schemaReplies());
    await env.gateway.setDisplayNameSuffix('sp-1', 'job-1', 'Contoso');
    assert.deepEqual(putMapping(env, 'displayName')?.source, {
      type: 'Function',
      name: 'Append',
      expression: 'Append([displayName], " (Contoso)")',
      // The documented parameter tree: each argument an attributeMappingSource keyed by Append's parameter name.
      parameters: [
        {
          key: 'source',
          value: { type: 'Attribute', name: 'displayName', expression: '[displayName]', parameters: [] },
        },
        { key: 'suffix', value: { type: 'Constant', name: ' (Contoso)', expression: '" (Contoso)"', parameters: [] } },
      ],
    });
    await env.stop();
    env = await gatewayOnFake(schemaReplies());
    await env.gateway.setDisplayNameSuffix('sp-1', 'job-1', undefined);
    assert.deepEqual(putMapping(env, 'displayName')?.source, {
      type: 'Attribute',
      name: 'displayName',
      expression: '[displayName]',
      parameters: [],
    });
  });

  it('a mapping write answers false and PUTs nothing when the schema has no such mapping', async () => {
    env = await gatewayOnFake(schemaReplies({ id: 'empty', synchronizationRules: [] }));
    assert.equal(await env.gateway.setShowInAddressList('sp-1', 'job-1', true), false);
    assert.deepEqual(
      env.fake.requests.map((r) => r.method),
      ['GET'],
    );
  });

  it('getMappings reuses the schema, unless asked for a fresh read; a write makes the next read fresh', async () => {
    env = await gatewayOnFake(schemaReplies());
    const schemaReads = () => env!.fake.requests.filter((r) => r.method === 'GET').length;
    await env.gateway.getMappings('sp-1', 'job-1');
    await env.gateway.getMappings('sp-1', 'job-1');
    assert.equal(schemaReads(), 1);
    await env.gateway.getMappings('sp-1', 'job-1', { fresh: true });
    assert.equal(schemaReads(), 2);
    await env.gateway.setShowInAddressList('sp-1', 'job-1', false);
    assert.equal(schemaReads(), 3, 'the write reads the schema itself');
    await env.gateway.getMappings('sp-1', 'job-1');
    assert.equal(schemaReads(), 4, 'the cached summary was forgotten');
  });

  it('updateSyncSettings reads the secrets now, changes the named settings and keeps every other secret', async () => {
    const stored: Secret[] = [
      { key: 'AuthenticationType', value: 'SyncPolicy' },
      { key: 'CompanyId', value: 'target-1' },
      { key: 'SyncAll', value: 'false' },
      {
        key: 'SyncNotificationSettings',
        value: JSON.stringify({
          Enabled: false,
          Recipients: 'ops@contoso.com',
          HumanResourcesLookaheadQueryEnabled: false,
        }),
      },
    ];
    env = await gatewayOnFake((req) =>
      req.method === 'GET' ? { status: 200, body: { value: stored } } : { status: 204 },
    );
    const saved = await env.gateway.updateSyncSettings('sp-1', {
      deleteThresholdEnabled: true,
      deleteThresholdValue: 50,
      notificationEmail: undefined,
    });
    assert.deepEqual(
      env.fake.requests.map((r) => `${r.method} ${r.path}`),
      [`GET ${SYNC}/secrets`, `PUT ${SYNC}/secrets`],
    );
    const value = (env.fake.requests[1].body as { value: Secret[] }).value;
    assert.deepEqual(value.slice(0, 3), stored.slice(0, 3));
    assert.deepEqual(JSON.parse(value[3].value), {
      Enabled: false,
      Recipients: 'ops@contoso.com',
      HumanResourcesLookaheadQueryEnabled: false,
      DeleteThresholdEnabled: true,
      DeleteThresholdValue: 50,
    });
    assert.equal(saved.deleteThresholdValue, 50);
    assert.equal(saved.notificationEmail, 'ops@contoso.com', 'a field given as undefined keeps its value');
    assert.equal(saved.scopeMode, 'assignedOnly');
  });

  it(
    'initializeSettings PUTs the secrets of a new configuration: target, SyncPolicy and the ' + 'settings given',
    async () => {
      env = await gatewayOnFake(() => ({ status: 204 }));
      await env.gateway.initializeSettings('sp-1', {
        targetTenantId: 'target-1',
        scopeMode: 'assignedOnly',
        notificationsEnabled: false,
        deleteThresholdEnabled: false,
      });
      const [put] = env.fake.requests;
      assert.equal(`${put.method} ${put.path}`, `PUT ${SYNC}/secrets`);
      assert.deepEqual(put.body, {
        value: [
          { key: 'AuthenticationType', value: 'SyncPolicy' },
          { key: 'CompanyId', value: 'target-1' },
          {
            key: 'SyncNotificationSettings',
            value: '{"Enabled":false,"DeleteThresholdEnabled":false,"HumanResourcesLookaheadQueryEnabled":false}',
          },
          { key: 'SyncAll', value: 'false' },
        ],
      });
    },
  );
});

function ctsUserMapping(target: string): WireAttributeMapping | undefined {
  for (const rule of ctsSchema.synchronizationRules ?? [])
    for (const mapping of rule.objectMappings ?? [])
      if (mapping.sourceObjectName === 'User')
        return (mapping.attributeMappings ?? []).find((m) => m.targetAttributeName === target);
  return undefined;
}
