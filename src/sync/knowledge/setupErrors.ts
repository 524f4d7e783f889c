import type { ErrorKnowledge } from './types';

/** Test-connection and setup errors (cross-tenant-sync-features-and-errors.md §2.1, graph-contract.md §1, §2.3). */
export const SETUP_ERRORS: ErrorKnowledge[] = [
  {
    code: 'AzureDirectoryB2BManagementPolicyCheckFailure',
    // The newer code for the same policy check, and the same answer whichever shape the service sends (the
    // synchronization service also wraps it in an UnknownError, which the gateway unwraps).
    aliases: ['AzureActiveDirectoryCrossTenantSyncPolicyCheckFailure'],
    title: 'Automatic redemption is not allowed between the tenants',
    area: 'testConnection',
    cause:
      'The cross-tenant synchronization policy allowing automatic redemption failed: "Policy permitting ' +
      'auto-redemption of invitations not configured". Automatic redemption must be on for outbound in the ' +
      'source tenant and for inbound in the target tenant, and the target must allow users to be synchronized ' +
      'into it from the source.',
    fix:
      'Tick "Automatically redeem invitations with the tenant" in both places: source tenant, Cross-tenant access ' +
      'settings > the target organization > Outbound access > Trust settings; target tenant, the source ' +
      'organization > Inbound access > Trust settings (and its Cross-tenant sync tab: "Allow users sync into this ' +
      'tenant"). Then test the connection again.',
    settings: [
      {
        tenant: 'source',
        setting: 'Outbound access > Trust settings > Automatically redeem invitations',
        check: 'sourceOutboundAutoRedemption',
      },
      {
        tenant: 'target',
        setting: 'Inbound access > Trust settings > Automatically redeem invitations',
        check: 'targetInboundAutoRedemption',
      },
      {
        tenant: 'target',
        setting: 'Inbound access > Cross-tenant sync > Allow users sync into this tenant',
        check: 'targetInboundUserSync',
      },
    ],
    source: 'features-and-errors §2.1 #1 and #2; graph-contract §7.3',
  },
  {
    code: 'ExternalTenantNotFound',
    title: 'The target tenant is in another Microsoft cloud',
    area: 'testConnection',
    cause:
      'The configuration was created without "Setup cross-tenant synchronization across Microsoft clouds", so the ' +
      'target tenant cannot be found.',
    fix: 'Delete the configuration and create it again with the cross-cloud checkbox ticked.',
    source: 'features-and-errors §2.1 #3',
  },
  {
    code: 'AzureActiveDirectoryTokenExpired',
    title: 'The target has not enabled cross-cloud sync for this cloud',
    area: 'testConnection',
    cause:
      'The identity of the calling application could not be established: the target tenant has not enabled ' +
      "cross-cloud synchronization for the source's Microsoft cloud.",
    fix: 'In the target tenant, tick the source cloud under Cross-tenant access settings > Microsoft cloud settings.',
    settings: [{ tenant: 'target', setting: 'Cross-tenant access settings > Microsoft cloud settings' }],
    source: 'features-and-errors §2.1 #4',
  },
  {
    code: 'Authorization_RequestDenied',
    title: 'Insufficient privileges',
    area: 'graph',
    cause: 'The app or admin lacks the role or the consented permission the call needs.',
    fix:
      'Grant the named application permission with admin consent, or assign the needed directory role (Hybrid ' +
      'Identity Administrator for sync, Security Administrator for cross-tenant access settings).',
    source: 'features-and-errors §2.1 #6; graph-contract §9.1',
  },
  {
    code: 'Request_MultipleObjectsWithSameKeyValue',
    title: 'It already exists',
    area: 'graph',
    cause: 'A partner configuration or inbound sync policy for that tenant already exists (409 Conflict).',
    fix: 'Read the existing object and change it (PATCH) instead of creating it again.',
    source: 'features-and-errors §2.1 #7; graph-contract §1.2, §1.4',
  },
  {
    code: 'Directory_ObjectNotFound',
    title: 'The object to change does not exist',
    area: 'graph',
    cause:
      '"Unable to read the company information from the directory": a PATCH was sent for a partner entry or policy ' +
      'that was never created.',
    fix: 'Create it first (POST the partner, PUT the identity synchronization policy), then change it.',
    source: 'features-and-errors §2.1 #8; graph-contract §1.3',
  },
  {
    code: 'schemaInvalid',
    title: 'The matching attribute cannot change',
    area: 'testConnection',
    cause:
      'The mappings tried to change or add a matching attribute; cross-tenant sync always matches on ' +
      'alternativeSecurityIds.',
    fix: 'Revert the matching settings in the attribute mappings and save again.',
    source: 'features-and-errors §2.1 #9; graph-contract §4.1',
  },
];
