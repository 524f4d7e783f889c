// Azure resources for the Cross-Tenant Sync bot: one user-assigned managed identity that is at once
// the bot's identity (Azure Bot, no app secret), its Microsoft Graph identity and its storage identity;
// a Linux App Service on Node 22 LTS; the Azure Bot with the Teams channel; a storage account for state;
// a Key Vault for the secrets the app settings refer to. That identity is tier 0 (docs/deploy.md, section 2).
// Provisioned by `m365agents.yml` (arm/deploy) or by `az deployment group create` (docs/deploy.md).

@maxLength(20)
@minLength(4)
@description('Used to generate names for all resources in this file')
param resourceBaseName string

@description('App Service plan SKU. B1 or higher: the plan must support Always On, which keeps the alert monitor running.')
param webAppSKU string = 'B1'

@minValue(1)
@maxValue(10)
@description('Web app instances. They share the blob storage below; one of them at a time (the lease holder) runs the alert monitor.')
param instanceCount int = 1

@maxLength(42)
param botDisplayName string

param serverfarmsName string = resourceBaseName
param webAppName string = resourceBaseName
param identityName string = resourceBaseName
@maxLength(24)
param storageAccountName string = 'st${uniqueString(resourceGroup().id, resourceBaseName)}'
param location string = resourceGroup().location

@description('Comma-separated Entra directory role names whose holders may read (empty: the bot\'s defaults).')
param readerRoles string = ''
@description('Comma-separated Entra directory role names whose holders may operate (empty: the bot\'s defaults).')
param operatorRoles string = ''
@description('Comma-separated Entra directory role names whose holders may approve (empty: the bot\'s defaults).')
param approverRoles string = ''
@description('Comma-separated object ids of groups whose members may read.')
param readerGroupIds string = ''
@description('Comma-separated object ids of groups whose members may operate.')
param operatorGroupIds string = ''
@description('Comma-separated object ids of groups whose members may approve.')
param approverGroupIds string = ''

// The LLM planner is optional: leave these empty and the bot uses its deterministic command planner.
@secure()
param openAIKey string = ''
param openAIEndpoint string = ''
param openAIModel string = ''
@secure()
param azureOpenAIKey string = ''
param azureOpenAIEndpoint string = ''
param azureOpenAIDeployment string = ''

@secure()
@description('Optional: TARGET_TENANT_CREDENTIALS, JSON [{"tenantId","clientId","clientSecret"}] of app registrations in target tenants (Policy.Read.All) so guided setup checks their side.')
param targetTenantCredentials string = ''

@description('Optional: APPROVER_MENTIONS, who approval cards mention: user principal names or object ids, comma-separated, or tag:<Teams tag name>.')
param approverMentions string = ''

@description('Optional: SSO_CLIENT_ID, the SSO app registration (webApplicationInfo.id): changes are then made with the person\'s own Entra token (GRAPH_WRITES=user, docs/deploy.md section 3b).')
param ssoClientId string = ''

@secure()
@description('Optional: SSO_CLIENT_SECRET, the SSO app\'s client secret, for the on-behalf-of exchange.')
param ssoClientSecret string = ''

@maxLength(24)
param keyVaultName string = 'kv${uniqueString(resourceGroup().id, resourceBaseName)}'

// Storage Blob Data Contributor: read, write and lease blobs, nothing else on the account.
var storageBlobDataContributorRoleId = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
// Key Vault Secrets User: read secret values, nothing else in the vault.
var keyVaultSecretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'

// The secrets the app settings refer to (only those given). App Service reads them as the identity below, so they
// never appear in the site's configuration, its ARM template export or the deployment history.
var secrets = [
  { name: 'openai-api-key', value: openAIKey }
  { name: 'azure-openai-api-key', value: azureOpenAIKey }
  { name: 'target-tenant-credentials', value: targetTenantCredentials }
  { name: 'sso-client-secret', value: ssoClientSecret }
]

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  location: location
  name: identityName
}

resource storage 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: storageAccountName
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    accessTier: 'Hot'
    // Only Entra ID principals (the identity above) can reach the data: no account keys, no SAS, nothing public.
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowBlobPublicAccess: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-01-01' = {
  parent: storage
  name: 'default'
}

// Conversation state, approvals, subscriptions, watermarks and the audit trail.
resource stateContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-01-01' = {
  parent: blobService
  name: 'botstate'
  properties: {
    publicAccess: 'None'
  }
}

// One blob per background job; its lease elects the instance that runs the job.
resource leaseContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-01-01' = {
  parent: blobService
  name: 'leases'
  properties: {
    publicAccess: 'None'
  }
}

resource identityMayUseBlobs 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, identity.id, storageBlobDataContributorRoleId)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataContributorRoleId)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource keyVault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: keyVaultName
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    // Azure RBAC, not access policies: who may read a secret is a role assignment, visible with the others.
    enableRbacAuthorization: true
    enableSoftDelete: true
    enablePurgeProtection: true
  }
}

resource secret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = [
  for s in secrets: if (!empty(s.value)) {
    parent: keyVault
    name: s.name
    properties: {
      value: s.value
    }
  }
]

resource identityMayReadSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(keyVault.id, identity.id, keyVaultSecretsUserRoleId)
  scope: keyVault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUserRoleId)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource serverfarm 'Microsoft.Web/serverfarms@2022-09-01' = {
  kind: 'linux'
  location: location
  name: serverfarmsName
  sku: {
    name: webAppSKU
    capacity: instanceCount
  }
  properties: {
    reserved: true // Linux
  }
}

// Every name here is a variable src/config.ts reads, except the platform's own settings
// (test/infra/app-settings.test.ts keeps it so). An empty value means "use the bot's default":
// src/config.ts treats empty as unset.
var appSettings = [
  {
    name: 'WEBSITE_RUN_FROM_PACKAGE'
    value: '1' // run from the deployed zip, read-only: no half-updated files during a deployment
  }
  {
    name: 'BOT_ID'
    value: identity.properties.clientId
  }
  {
    name: 'BOT_TYPE'
    value: 'UserAssignedMsi'
  }
  {
    name: 'BOT_TENANT_ID'
    value: identity.properties.tenantId
  }
  {
    name: 'GRAPH_USE_MANAGED_IDENTITY'
    value: 'true'
  }
  {
    name: 'GRAPH_TENANT_ID'
    value: identity.properties.tenantId // a managed identity gets tokens from its own tenant only
  }
  {
    name: 'GRAPH_CLIENT_ID'
    value: identity.properties.clientId // which user-assigned identity to ask for Graph tokens
  }
  {
    name: 'AZURE_CLIENT_ID'
    value: identity.properties.clientId // read by @azure/identity (DefaultAzureCredential) for blob storage
  }
  {
    name: 'STORAGE_BACKEND'
    value: 'blob'
  }
  {
    name: 'AZURE_STORAGE_ACCOUNT_URL'
    value: storage.properties.primaryEndpoints.blob
  }
  {
    name: 'AZURE_STORAGE_CONTAINER'
    value: stateContainer.name
  }
  {
    name: 'DATA_DIR'
    value: '/tmp/cross-tenant-sync' // scratch only: the app folder is read-only and state lives in blob storage
  }
  {
    name: 'LOG_FORMAT'
    value: 'json'
  }
  {
    name: 'READER_ROLES'
    value: readerRoles
  }
  {
    name: 'OPERATOR_ROLES'
    value: operatorRoles
  }
  {
    name: 'APPROVER_ROLES'
    value: approverRoles
  }
  {
    name: 'READER_GROUP_IDS'
    value: readerGroupIds
  }
  {
    name: 'OPERATOR_GROUP_IDS'
    value: operatorGroupIds
  }
  {
    name: 'APPROVER_GROUP_IDS'
    value: approverGroupIds
  }
  {
    name: 'OPENAI_API_KEY'
    value: empty(openAIKey) ? '' : '@Microsoft.KeyVault(VaultName=${keyVault.name};SecretName=openai-api-key)'
  }
  {
    name: 'OPENAI_ENDPOINT'
    value: openAIEndpoint
  }
  {
    name: 'OPENAI_MODEL'
    value: openAIModel
  }
  {
    name: 'AZURE_OPENAI_API_KEY'
    value: empty(azureOpenAIKey) ? '' : '@Microsoft.KeyVault(VaultName=${keyVault.name};SecretName=azure-openai-api-key)'
  }
  {
    name: 'AZURE_OPENAI_ENDPOINT'
    value: azureOpenAIEndpoint
  }
  {
    name: 'AZURE_OPENAI_DEPLOYMENT'
    value: azureOpenAIDeployment
  }
  {
    name: 'TARGET_TENANT_CREDENTIALS'
    value: empty(targetTenantCredentials) ? '' : '@Microsoft.KeyVault(VaultName=${keyVault.name};SecretName=target-tenant-credentials)'
  }
  {
    name: 'APPROVER_MENTIONS'
    value: approverMentions
  }
  {
    name: 'SSO_CLIENT_ID'
    value: ssoClientId
  }
  {
    name: 'SSO_CLIENT_SECRET'
    value: empty(ssoClientSecret) ? '' : '@Microsoft.KeyVault(VaultName=${keyVault.name};SecretName=sso-client-secret)'
  }
]

// Web app that hosts the bot
resource webApp 'Microsoft.Web/sites@2022-09-01' = {
  kind: 'app,linux'
  location: location
  name: webAppName
  properties: {
    serverFarmId: serverfarm.id
    httpsOnly: true
    // Key Vault references are resolved as this identity (a user-assigned one must be named).
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      linuxFxVersion: 'NODE|22-lts'
      // The build output (`npm start` would rebuild with dev tools), its heap capped as src/server/botNodeFlags.ts explains.
      appCommandLine: 'node --max-old-space-size=160 --disable-warning=DEP0111 lib/src/index.js'
      alwaysOn: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      http20Enabled: true
      // Liveness only: /readyz also checks Graph, and a Graph outage must not take every instance out.
      healthCheckPath: '/healthz'
      appSettings: appSettings
    }
  }
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  dependsOn: [
    identityMayUseBlobs // the bot reaches storage at start-up
    identityMayReadSecrets // and its settings refer to the vault
    secret
    leaseContainer
  ]
}

// No basic (user name and password) publishing: code reaches the site only through Entra-authenticated deployment
// (the Toolkit's zip deploy, `az webapp deploy`). Whoever can publish code runs it as the tier-0 identity above, so
// publishing must not rest on a password that can be downloaded as a profile and shared.
resource scmBasicPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2022-09-01' = {
  parent: webApp
  name: 'scm'
  properties: {
    allow: false
  }
}

resource ftpBasicPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2022-09-01' = {
  parent: webApp
  name: 'ftp'
  properties: {
    allow: false
  }
}

// Register the web service as a bot with the Bot Framework
module azureBotRegistration './botRegistration/azurebot.bicep' = {
  name: 'Azure-Bot-registration'
  params: {
    resourceBaseName: resourceBaseName
    identityClientId: identity.properties.clientId
    identityResourceId: identity.id
    identityTenantId: identity.properties.tenantId
    botAppDomain: webApp.properties.defaultHostName
    botDisplayName: botDisplayName
  }
}

// Written to env/.env.<env> by the Toolkit (https://aka.ms/teamsfx-actions/arm-deploy).
output AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id
output BOT_DOMAIN string = webApp.properties.defaultHostName
output BOT_ID string = identity.properties.clientId
output BOT_TENANT_ID string = identity.properties.tenantId
// The managed identity's service principal (object id): grant the Graph application permissions to it.
output BOT_PRINCIPAL_ID string = identity.properties.principalId
output AZURE_STORAGE_ACCOUNT_URL string = storage.properties.primaryEndpoints.blob
output KEY_VAULT_NAME string = keyVault.name
