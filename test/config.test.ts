import assert from 'node:assert/strict';
import { ConfigError, loadConfig } from '../src/config';

/** The Graph settings of a deployment with a managed identity. */
const MANAGED_GRAPH = { GRAPH_TENANT_ID: '72f988bf-86f1-41af-91ab-2d7cd011db47', GRAPH_USE_MANAGED_IDENTITY: 'true' };
const BOT_IDENTITY = {
  BOT_ID: 'b0751d00-0000-4000-8000-000000000001',
  BOT_TYPE: 'UserAssignedMsi',
  BOT_TENANT_ID: '72f988bf-86f1-41af-91ab-2d7cd011db47',
};

describe('config', () => {
  it('defaults to local mode on loopback when no Graph credentials are set', () => {
    const config = loadConfig({});
    assert.equal(config.mode, 'local');
    assert.equal(config.host, '127.0.0.1');
    assert.equal(config.port, 3978);
    assert.equal(config.storage.backend, 'sqlite');
    assert.ok(Object.isFrozen(config));
  });

  it('picks azure mode with Graph credentials and validates https URLs', () => {
    const config = loadConfig({
      GRAPH_TENANT_ID: '72f988bf-86f1-41af-91ab-2d7cd011db47',
      GRAPH_CLIENT_ID: 'c',
      GRAPH_CLIENT_SECRET: 's',
      GRAPH_BASE_URL: 'https://127.0.0.1:8443/v1.0/',
      AUTHORITY_HOST: 'https://127.0.0.1:8443',
    });
    assert.equal(config.mode, 'azure');
    assert.equal(config.graph?.baseUrl, 'https://127.0.0.1:8443/v1.0');
    assert.throws(
      () =>
        loadConfig({
          GRAPH_TENANT_ID: '72f988bf-86f1-41af-91ab-2d7cd011db47',
          GRAPH_CLIENT_ID: 'c',
          GRAPH_CLIENT_SECRET: 's',
          GRAPH_BASE_URL: 'http://x/v1.0',
        }),
      /GRAPH_BASE_URL: must be an https URL/,
    );
  });

  it('refuses to listen beyond loopback without a bot identity', () => {
    assert.throws(
      () => loadConfig({ HOST: '0.0.0.0' }),
      (e: unknown) => e instanceof ConfigError && /BOT_ID is empty/.test(e.message),
    );
  });

  it('listens on all interfaces when a bot identity is set, and says where to find a missing value', () => {
    const config = loadConfig({ BOT_ID: 'id', BOT_TYPE: 'UserAssignedMsi', BOT_TENANT_ID: 'tid', ...MANAGED_GRAPH });
    assert.equal(config.host, '0.0.0.0');
    assert.throws(
      () => loadConfig({ BOT_ID: 'id', BOT_TYPE: 'SingleTenant' }),
      /BOT_TENANT_ID: required .* App Tenant ID/,
    );
    assert.throws(
      () => loadConfig({ GRAPH_CLIENT_ID: 'c', GRAPH_TENANT_ID: 'contoso.onmicrosoft.com' }),
      /GRAPH_CLIENT_SECRET or GRAPH_CLIENT_CERT_PATH/,
    );
  });

  it('rejects a malformed number with the variable name', () => {
    assert.throws(() => loadConfig({ PORT: 'eighty' }), /PORT: must be a whole number/);
  });

  it('serves every tenant unless HOME_TENANT_ID names the one to serve', () => {
    assert.equal(loadConfig({}).homeTenantId, undefined);
    const graph = {
      GRAPH_TENANT_ID: '9e3d0c1b-0000-4000-8000-0000000000aa',
      GRAPH_CLIENT_ID: 'c1',
      GRAPH_CLIENT_SECRET: 's',
      ...BOT_IDENTITY,
    };
    assert.equal(loadConfig(graph).homeTenantId, graph.GRAPH_TENANT_ID, 'the Graph tenant by default');
    assert.equal(
      loadConfig({ ...graph, HOME_TENANT_ID: '5a7c3e91-2b4d-4f6a-8c1e-0d9f8b7a6c5e' }).homeTenantId,
      '5a7c3e91-2b4d-4f6a-8c1e-0d9f8b7a6c5e',
    );
    assert.equal(
      loadConfig({ HOME_TENANT_ID: ' 5a7c3e91-2b4d-4f6a-8c1e-0d9f8b7a6c5e ' }).homeTenantId,
      '5a7c3e91-2b4d-4f6a-8c1e-0d9f8b7a6c5e',
    );
  });

  it('refuses real Graph credentials without a bot identity: nothing would check who posts to /api/messages', () => {
    const graph = { GRAPH_TENANT_ID: MANAGED_GRAPH.GRAPH_TENANT_ID, GRAPH_CLIENT_ID: 'c', GRAPH_CLIENT_SECRET: 's' };
    assert.throws(
      () => loadConfig(graph),
      (e: unknown) =>
        e instanceof ConfigError &&
        /BOT_ID: required when Graph is not the local simulator \(https:\/\/graph.microsoft.com\/v1.0/.test(e.message),
    );
    assert.throws(
      () => loadConfig({ ...graph, GRAPH_BASE_URL: 'https://127.0.0.1:9443/v1.0' }),
      /BOT_ID: required .*\(https:\/\/login.microsoftonline.com\)/,
      'the sign-in host receives the secret too',
    );
    const simulator = { GRAPH_BASE_URL: 'https://127.0.0.1:9443/v1.0', AUTHORITY_HOST: 'https://localhost:9443' };
    assert.equal(loadConfig({ ...graph, ...simulator }).bot, undefined, 'the local simulator needs no bot identity');
    assert.equal(loadConfig({ ...graph, ...BOT_IDENTITY }).bot?.appId, BOT_IDENTITY.BOT_ID);
  });
});
