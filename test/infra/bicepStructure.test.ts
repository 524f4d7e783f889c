import assert from 'node:assert/strict';
import { readProjectFile } from '../tools/projectRoot';
import { bicepBlock, bicepOutputs, bicepParams, delimiterProblems } from './bicepText';

describe('infra Bicep templates', () => {
  const main = readProjectFile('infra', 'azure.bicep');
  const bot = readProjectFile('infra', 'botRegistration', 'azurebot.bicep');

  it('have closed strings, comments and brackets', () => {
    assert.deepEqual(delimiterProblems(main), []);
    assert.deepEqual(delimiterProblems(bot), []);
    assert.deepEqual(
      delimiterProblems("var a = 'x${b}'\nvar c = {\n"),
      ['line 2: "{" is never closed'],
      'the check itself works',
    );
  });

  it('pass the bot registration module exactly the parameters it declares', () => {
    const declared = bicepParams(bot);
    const passed = [
      ...bicepBlock(bicepBlock(main, /^module azureBotRegistration /m), /params:/).matchAll(/^\s+(\w+):/gm),
    ].map((m) => m[1]);
    assert.deepEqual(
      passed.filter((name) => !declared.has(name)),
      [],
    );
    assert.deepEqual(
      [...declared.values()].filter((p) => !p.hasDefault && !passed.includes(p.name)).map((p) => p.name),
      [],
    );
  });

  it('create a user-assigned identity and give it to a Linux Node 22 LTS web app, https only', () => {
    assert.match(main, /^resource identity 'Microsoft\.ManagedIdentity\/userAssignedIdentities@/m);
    const webApp = bicepBlock(main, /^resource webApp /m);
    assert.match(webApp, /kind: 'app,linux'/);
    assert.match(webApp, /linuxFxVersion: 'NODE\|22-lts'/);
    assert.match(webApp, /httpsOnly: true/);
    assert.match(webApp, /type: 'UserAssigned'/);
    assert.match(webApp, /'\$\{identity\.id\}': \{\}/);
    assert.match(bicepBlock(main, /^resource serverfarm /m), /reserved: true/);
  });

  it('let nobody publish with a user name and password (SCM and FTP basic publishing off), nor FTP at all', () => {
    for (const name of ['scm', 'ftp']) {
      const policy = bicepBlock(main, new RegExp(`^resource ${name}BasicPublishing `, 'm'));
      assert.match(
        main,
        new RegExp(`^resource ${name}BasicPublishing 'Microsoft\\.Web/sites/basicPublishingCredentialsPolicies@`, 'm'),
      );
      assert.match(policy, /parent: webApp/);
      assert.match(policy, new RegExp(`name: '${name}'`));
      assert.match(policy, /allow: false/);
    }
    assert.match(bicepBlock(main, /^resource webApp /m), /ftpsState: 'Disabled'/);
  });

  it('register an Azure Bot that signs in as the managed identity, with the Teams channel', () => {
    const service = bicepBlock(bot, /^resource botService /m);
    assert.match(service, /msaAppType: 'UserAssignedMSI'/);
    assert.match(service, /msaAppId: identityClientId/);
    assert.match(service, /msaAppMSIResourceId: identityResourceId/);
    assert.match(service, /msaAppTenantId: identityTenantId/);
    assert.match(service, /endpoint: 'https:\/\/\$\{botAppDomain\}\/api\/messages'/);
    assert.match(bicepBlock(bot, /^resource botServiceMsTeamsChannel /m), /channelName: 'MsTeamsChannel'/);
  });

  it(
    'make a storage account without shared keys, the botstate and leases containers, and let the ' +
      'identity use blobs',
    () => {
      const storage = bicepBlock(main, /^resource storage /m);
      assert.match(storage, /allowSharedKeyAccess: false/);
      assert.match(storage, /allowBlobPublicAccess: false/);
      assert.match(bicepBlock(main, /^resource stateContainer /m), /name: 'botstate'/);
      assert.match(bicepBlock(main, /^resource leaseContainer /m), /name: 'leases'/);
      const role = bicepBlock(main, /^resource identityMayUseBlobs /m);
      // built-in role id
      assert.match(main, /storageBlobDataContributorRoleId = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'/);
      assert.match(role, /scope: storage/);
      assert.match(role, /principalId: identity\.properties\.principalId/);
      assert.match(role, /principalType: 'ServicePrincipal'/);
    },
  );

  it('output what the Toolkit files, the manifest and the guide use', () => {
    const outputs = bicepOutputs(main);
    for (const name of ['AZURE_APP_SERVICE_RESOURCE_ID', 'BOT_ID', 'BOT_DOMAIN', 'BOT_TENANT_ID', 'BOT_PRINCIPAL_ID'])
      assert.ok(outputs.has(name), name);
    assert.equal(outputs.get('BOT_ID'), 'identity.properties.clientId');
    assert.equal(outputs.get('BOT_PRINCIPAL_ID'), 'identity.properties.principalId');
  });

  it('bound the resource base name the way the registration module does', () => {
    for (const source of [main, bot]) {
      const param = bicepParams(source).get('resourceBaseName')!;
      assert.ok(param.decorators.includes('@minLength(4)') && param.decorators.includes('@maxLength(20)'));
    }
  });
});
