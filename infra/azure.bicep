// Azure resources for the Cross-Tenant Sync bot: one user-assigned managed identity that is at once
// the bot's identity (Azure Bot, no app secret), its Microsoft Graph identity and its storage identity;
// a Linux App Service on Node 20; the Azure Bot with the Teams channel; a storage account for state.
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

// Storage Blob Data Contributor: read, write and lease blobs, nothing else on the account.
var storageBlobDataContributorRoleId = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'

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
    value: openAIKey
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
    value: azureOpenAIKey
  }
  {
    name: 'AZURE_OPENAI_ENDPOINT'
    value: azureOpenAIEndpoint
  }
  {
    name: 'AZURE_OPENAI_DEPLOYMENT'
    value: azureOpenAIDeployment
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
    siteConfig: {
      linuxFxVersion: 'NODE|20-lts'
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
    leaseContainer
  ]
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
