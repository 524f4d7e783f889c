import assert from 'node:assert/strict';
import { loadConfig } from '../../src/config';
import { readProjectFile } from '../tools/projectRoot';
import { bicepBlock, bicepParams, settingsIn } from './bicepText';

/** App settings the bot's code does not read, and who does. */
const PLATFORM_SETTINGS: Record<string, string> = {
  WEBSITE_RUN_FROM_PACKAGE: 'App Service: run from the deployed zip',
  AZURE_CLIENT_ID: '@azure/identity: which user-assigned identity DefaultAzureCredential uses',
};

/**
 * Every variable the bot reads: the environment schema (src/configSchema.ts, parsed only by src/config.ts), read from
 * its source.
 */
function configVariables(): Set<string> {
  const source = readProjectFile('src', 'configSchema.ts');
  const schema = source.slice(
    source.indexOf('export const EnvSchema = z.object({'),
    source.indexOf('});', source.indexOf('const EnvSchema')),
  );
  return new Set([...schema.matchAll(/^\s+([A-Z][A-Z0-9_]*):/gm)].map((m) => m[1]));
}

describe('infra/azure.bicep app settings', () => {
  const bicep = readProjectFile('infra', 'azure.bicep');
  const settings = settingsIn(bicepBlock(bicep, /^var appSettings = \[/m));
  const params = bicepParams(bicep);

  it('are handed to the web app', () => {
    assert.match(bicepBlock(bicep, /^resource webApp /m), /appSettings: appSettings\n/);
    assert.ok(settings.size >= 20, `only ${settings.size} settings found`);
  });

  it("are all variables src/config.ts reads (or the platform's own)", () => {
    const known = configVariables();
    assert.ok(known.has('BOT_ID') && known.has('GRAPH_USE_MANAGED_IDENTITY'), 'could not read src/configSchema.ts');
    const unknown = [...settings.keys()].filter((name) => !known.has(name) && !(name in PLATFORM_SETTINGS));
    assert.deepEqual(unknown, []);
  });

  it('run the bot as the user-assigned managed identity, for Bot Framework and for Graph', () => {
    assert.equal(settings.get('BOT_ID'), 'identity.properties.clientId');
    assert.equal(settings.get('BOT_TYPE'), "'UserAssignedMsi'");
    assert.equal(settings.get('BOT_TENANT_ID'), 'identity.properties.tenantId');
    assert.equal(settings.get('GRAPH_USE_MANAGED_IDENTITY'), "'true'");
    assert.equal(settings.get('GRAPH_TENANT_ID'), 'identity.properties.tenantId');
    assert.equal(settings.get('GRAPH_CLIENT_ID'), 'identity.properties.clientId');
    assert.ok(!settings.has('BOT_PASSWORD') && !settings.has('GRAPH_CLIENT_SECRET'), 'no secret for the identity');
  });

  it('keep state in the blob storage account, reached without keys', () => {
    assert.equal(settings.get('STORAGE_BACKEND'), "'blob'");
    assert.equal(settings.get('AZURE_STORAGE_ACCOUNT_URL'), 'storage.properties.primaryEndpoints.blob');
    assert.equal(settings.get('AZURE_STORAGE_CONTAINER'), 'stateContainer.name');
    assert.ok(!settings.has('AZURE_STORAGE_CONNECTION_STRING'));
  });

  it('refer to Key Vault for every secret, which holds the value of a @secure() parameter', () => {
    for (const [name, param, secret] of [
      ['OPENAI_API_KEY', 'openAIKey', 'openai-api-key'],
      ['AZURE_OPENAI_API_KEY', 'azureOpenAIKey', 'azure-openai-api-key'],
      ['TARGET_TENANT_CREDENTIALS', 'targetTenantCredentials', 'target-tenant-credentials'],
      ['SSO_CLIENT_SECRET', 'ssoClientSecret', 'sso-client-secret'],
    ]) {
      assert.equal(
        settings.get(name),
        `empty(${param}) ? '' : '@Microsoft.KeyVault(VaultName=\${keyVault.name};SecretName=${secret})'`,
        name,
      );
      assert.ok(params.get(param)?.decorators.includes('@secure()'), `${param} is @secure()`);
      assert.match(bicep, new RegExp(`\\{ name: '${secret}', value: ${param} \\}`), `the vault stores ${param}`);
    }
    const vault = bicepBlock(bicep, /^resource keyVault /m);
    assert.match(vault, /enableRbacAuthorization: true/);
    assert.match(vault, /enablePurgeProtection: true/);
    const reader = bicepBlock(bicep, /^resource identityMayReadSecrets /m);
    assert.match(reader, /scope: keyVault/);
    assert.match(reader, /principalId: identity\.properties\.principalId/);
    assert.match(bicep, /keyVaultSecretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'/); // built-in role id
    assert.match(bicepBlock(bicep, /^resource webApp /m), /keyVaultReferenceIdentity: identity\.id/);
    for (const value of settings.values())
      assert.doesNotMatch(value, /^(openAIKey|azureOpenAIKey|targetTenantCredentials|ssoClientSecret)$/);
  });

  it('take the optional settings from parameters', () => {
    for (const name of [
      'READER_ROLES',
      'OPERATOR_ROLES',
      'APPROVER_ROLES',
      'READER_GROUP_IDS',
      'OPERATOR_GROUP_IDS',
      'APPROVER_GROUP_IDS',
      'OPENAI_ENDPOINT',
      'OPENAI_MODEL',
      'AZURE_OPENAI_ENDPOINT',
      'AZURE_OPENAI_DEPLOYMENT',
      'SSO_CLIENT_ID',
    ]) {
      assert.ok(params.get(settings.get(name)!)?.hasDefault, `${name} comes from an optional parameter`);
    }
  });

  it('make a configuration the bot accepts: azure mode, managed identity everywhere, blob storage', () => {
    // What ARM would put in the expressions, for one made-up deployment.
    const runtime: Record<string, string> = {
      'identity.properties.clientId': '0f9e8d7c-6b5a-4c3d-8e2f-1a2b3c4d5e6f',
      'identity.properties.tenantId': '72f988bf-86f1-41af-91ab-2d7cd011db47',
      'storage.properties.primaryEndpoints.blob': 'https://stabc123.blob.core.windows.net/',
      'stateContainer.name': 'botstate',
    };
    const env: Record<string, string> = { PORT: '8080', WEBSITE_INSTANCE_ID: 'instance-1' }; // App Service adds these
    for (const [name, expression] of settings) {
      // parameters left at their '' default
      env[name] = expression.startsWith("'") ? expression.slice(1, -1) : (runtime[expression] ?? '');
    }
    const config = loadConfig(env);
    assert.equal(config.mode, 'azure');
    assert.equal(config.host, '0.0.0.0');
    assert.deepEqual(config.bot, {
      appId: runtime['identity.properties.clientId'],
      password: undefined,
      type: 'UserAssignedMsi',
      tenantId: runtime['identity.properties.tenantId'],
    });
    assert.deepEqual(config.graph?.credential, {
      kind: 'managedIdentity',
      tenantId: runtime['identity.properties.tenantId'],
      clientId: runtime['identity.properties.clientId'],
    });
    assert.equal(config.storage.backend, 'blob');
    assert.deepEqual(config.storage, {
      backend: 'blob',
      connectionString: undefined,
      accountUrl: 'https://stabc123.blob.core.windows.net/',
      container: 'botstate',
    });
    assert.equal(config.log.format, 'json');
    assert.equal(config.instanceId, 'instance-1');
    assert.equal(config.llm, undefined, 'no LLM planner unless a key is given');
    assert.deepEqual(
      config.roles.operatorRoles,
      ['Hybrid Identity Administrator', 'Global Administrator'],
      'empty role settings keep the defaults',
    );
  });
});
