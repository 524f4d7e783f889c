import assert from 'node:assert/strict';
import { ConfigError, loadConfig } from '../src/config';

const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const MANAGED_GRAPH = { GRAPH_TENANT_ID: TENANT, GRAPH_USE_MANAGED_IDENTITY: 'true' };
const AZURE_BOT = {
  BOT_ID: '0f9e8d7c-6b5a-4c3d-8e2f-1a2b3c4d5e6f',
  BOT_TYPE: 'UserAssignedMsi',
  BOT_TENANT_ID: TENANT,
};

/** The problems loadConfig refuses `env` with, as the user reads them. */
function refusal(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    assert.ok(error instanceof ConfigError, String(error));
    return error.message;
  }
  assert.fail('the configuration was accepted');
}

describe('config refuses a start its user did not mean (src/configRefusals.ts)', () => {
  it('a bot identity without Graph settings: not local mode, but what to set', () => {
    const message = refusal(AZURE_BOT);
    assert.match(message, /no Graph settings, yet BOT_ID is set, so this is not a machine for local mode/);
    assert.match(message, /GRAPH_TENANT_ID and GRAPH_USE_MANAGED_IDENTITY=true/);
    assert.match(message, /GRAPH_CLIENT_ID with GRAPH_CLIENT_SECRET or GRAPH_CLIENT_CERT_PATH/);
    assert.equal(loadConfig({ ...AZURE_BOT, ...MANAGED_GRAPH }).mode, 'azure');
  });

  it("App Service's environment without Graph settings, even with no bot identity", () => {
    for (const variable of ['WEBSITE_SITE_NAME', 'WEBSITE_INSTANCE_ID', 'WEBSITE_HOSTNAME']) {
      assert.match(
        refusal({ [variable]: 'cts-bot-prod' }),
        new RegExp(`App Service's ${variable} says this runs in Azure, so this is not a machine for local mode`),
      );
    }
    assert.match(
      refusal({ ...AZURE_BOT, WEBSITE_SITE_NAME: 'x' }),
      /BOT_ID is set and App Service's WEBSITE_SITE_NAME/,
    );
  });

  it('does not pile a second message on a Graph setting that is only incomplete', () => {
    const message = refusal({ ...AZURE_BOT, GRAPH_CLIENT_ID: 'c', GRAPH_TENANT_ID: TENANT });
    assert.match(message, /GRAPH_CLIENT_SECRET or GRAPH_CLIENT_CERT_PATH: one is required/);
    assert.doesNotMatch(message, /not a machine for local mode/);
  });

  it('GRAPH_TENANT_ID must be a tenant id or a domain', () => {
    const message = refusal({ ...AZURE_BOT, GRAPH_TENANT_ID: 'x', GRAPH_CLIENT_ID: 'c', GRAPH_CLIENT_SECRET: 's' });
    assert.match(message, /GRAPH_TENANT_ID: "x" is neither a tenant id \(a GUID .*\) nor a domain of the tenant/);
    const byDomain = loadConfig({
      ...AZURE_BOT,
      GRAPH_TENANT_ID: 'contoso.onmicrosoft.com',
      HOME_TENANT_ID: TENANT,
      GRAPH_CLIENT_ID: 'c',
      GRAPH_CLIENT_SECRET: 's',
    });
    assert.equal(byDomain.graph?.credential.tenantId, 'contoso.onmicrosoft.com');
    assert.equal(byDomain.homeTenantId, TENANT);
  });

  it('a domain in GRAPH_TENANT_ID needs the tenant id in HOME_TENANT_ID, since Teams names tenants by id', () => {
    const graph = { GRAPH_TENANT_ID: 'contoso.com', GRAPH_CLIENT_ID: 'c', GRAPH_CLIENT_SECRET: 's' };
    assert.match(refusal(graph), /HOME_TENANT_ID: required when GRAPH_TENANT_ID is a domain \(contoso\.com\)/);
    assert.match(
      refusal({ ...graph, HOME_TENANT_ID: 'contoso.com' }),
      /HOME_TENANT_ID: "contoso\.com" is not a tenant id/,
    );
  });
});

describe('BOT_TYPE', () => {
  const secretBot = { BOT_ID: 'b', BOT_PASSWORD: 'p', ...MANAGED_GRAPH };

  it('is SingleTenant when a tenant id is known (BOT_TENANT_ID, else the Graph tenant id)', () => {
    assert.deepEqual(loadConfig({ ...secretBot, BOT_TENANT_ID: TENANT }).bot, {
      appId: 'b',
      password: 'p',
      type: 'SingleTenant',
      tenantId: TENANT,
    });
    assert.equal(loadConfig(secretBot).bot?.type, 'SingleTenant');
    assert.equal(loadConfig(secretBot).bot?.tenantId, TENANT);
  });

  it('stays MultiTenant when no tenant id is known, or when set so', () => {
    const byDomain = { ...secretBot, GRAPH_TENANT_ID: 'contoso.com', HOME_TENANT_ID: TENANT };
    assert.equal(loadConfig(byDomain).bot?.type, 'MultiTenant');
    const chosen = loadConfig({ ...secretBot, BOT_TYPE: 'MultiTenant' }).bot;
    assert.equal(chosen?.type, 'MultiTenant');
    assert.equal(chosen?.tenantId, undefined);
  });
});
