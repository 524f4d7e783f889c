import type { ConfigurationDetails } from '../../src/sync/catalog';
import type { SyncConfiguration } from '../../src/domain';

/** Two configurations shaped like the ones Graph returns for a source tenant (Contoso). */
export const FABRIKAM = {
  tenantId: '3b5c4e2a-6f1d-4e8a-9c7b-1d2e3f4a5b6c',
  displayName: 'Fabrikam',
  defaultDomainName: 'fabrikam.onmicrosoft.com',
};
export const NORTHWIND = {
  tenantId: '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a',
  displayName: 'Northwind Traders',
  defaultDomainName: 'northwind.onmicrosoft.com',
};

export const CONTOSO_A: SyncConfiguration = {
  servicePrincipalId: 'a1b2c3d4-0000-4000-8000-00000000000a',
  appId: 'e5f6a7b8-0000-4000-8000-00000000000a',
  displayName: 'Contoso A',
  appRoleId: '22bbcd3f-4d3b-4b6a-a4f4-0a6f7b6b7f6e',
  target: FABRIKAM,
  scopeMode: 'assignedOnly',
  job: {
    id: 'Azure2Azure.0a1b2c3d4e5f4a5b8c9d0e1f2a3b4c5d.3b5c4e2a-6f1d-4e8a-9c7b-1d2e3f4a5b6c',
    templateId: 'Azure2Azure',
    scheduleState: 'Active',
    interval: 'PT40M',
    status: 'Active',
    countSuccessiveCompleteFailures: 0,
    lastExecution: {
      state: 'Succeeded',
      timeBegan: '2025-03-04T08:00:03Z',
      timeEnded: '2025-03-04T08:01:10Z',
      countImported: 27,
      countExported: 1,
      countEscrowed: 0,
    },
    lastSuccessfulExecution: {
      state: 'Succeeded',
      timeBegan: '2025-03-04T08:00:03Z',
      timeEnded: '2025-03-04T08:01:10Z',
      countImported: 27,
      countExported: 1,
      countEscrowed: 0,
    },
  },
};

export const CONTOSO_B: SyncConfiguration = {
  servicePrincipalId: 'a1b2c3d4-0000-4000-8000-00000000000b',
  appId: 'e5f6a7b8-0000-4000-8000-00000000000b',
  displayName: 'Contoso B',
  target: NORTHWIND,
  scopeMode: 'allUsers',
  job: {
    id: 'Azure2Azure.1b2c3d4e5f6a4b5c8d9e0f1a2b3c4d5e.9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a',
    templateId: 'Azure2Azure',
    scheduleState: 'Active',
    interval: 'PT40M',
    status: 'Quarantine',
    countSuccessiveCompleteFailures: 4,
    quarantine: {
      reason: 'EncounteredQuarantineException',
      currentBegan: '2025-03-04T06:40:00Z',
      seriesBegan: '2025-03-03T22:00:00Z',
      nextAttempt: '2025-03-04T10:40:00Z',
      seriesCount: 3,
      error: {
        code: 'AzureDirectoryB2BManagementPolicyCheckFailure',
        message: 'Automatic redemption of invitations is not enabled in the target tenant.',
        tenantActionable: true,
      },
    },
    lastExecution: {
      state: 'Failed',
      timeBegan: '2025-03-04T06:40:00Z',
      timeEnded: '2025-03-04T06:40:09Z',
      countImported: 0,
      countExported: 0,
      countEscrowed: 0,
      error: { code: 'AzureDirectoryB2BManagementPolicyCheckFailure', message: 'Policy check failed.' },
    },
  },
};

export function detailsOf(config: SyncConfiguration, extra: Partial<ConfigurationDetails> = {}): ConfigurationDetails {
  return {
    config,
    scope: { users: config === CONTOSO_A ? 1 : 0, groups: 0 },
    settings: {
      scopeMode: config.scopeMode ?? 'assignedOnly',
      notificationsEnabled: true,
      notificationEmail: 'identity-ops@contoso.com',
      deleteThresholdEnabled: true,
      deleteThresholdValue: 500,
      raw: [],
    },
    mappings: {
      ruleId: 'rule-1',
      objectMappingName: 'Provision Microsoft Entra ID Users',
      attributeMappings: [
        {
          targetAttributeName: 'alternativeSecurityIds',
          source: 'AltSecIdFromNetId([netId])',
          sourceType: 'Function',
          flowType: 'Always',
          matchingPriority: 1,
        },
        {
          targetAttributeName: 'displayName',
          source: 'displayName',
          sourceType: 'Attribute',
          flowType: 'Always',
          matchingPriority: 0,
        },
        {
          targetAttributeName: 'userType',
          source: 'Member',
          sourceType: 'Constant',
          flowType: 'ObjectAddOnly',
          matchingPriority: 0,
        },
        {
          targetAttributeName: 'showInAddressList',
          source: 'True',
          sourceType: 'Constant',
          flowType: 'Always',
          matchingPriority: 0,
        },
        {
          targetAttributeName: 'surname',
          source: 'surname',
          sourceType: 'Attribute',
          flowType: 'Always',
          matchingPriority: 0,
        },
      ],
    },
    partner: {
      tenantId: config.target?.tenantId ?? '',
      inboundTrust: {
        isMfaAccepted: true,
        isCompliantDeviceAccepted: false,
        isHybridAzureADJoinedDeviceAccepted: null,
      },
      automaticUserConsent: { inboundAllowed: null, outboundAllowed: config === CONTOSO_A },
    },
    warnings: config === CONTOSO_A ? ['userType is applied only on creation: existing B2B guests stay Guest.'] : [],
    ...extra,
  };
}
