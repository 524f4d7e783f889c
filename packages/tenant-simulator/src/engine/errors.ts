import type { PolicyProblem } from '../sync/policyCheck';
import { POLICY_CHECK_CODE } from '../sync/policyCheck';

/** provisioningErrorInfo, as the provisioning logs carry it. */
export interface ErrorInfo {
  errorCode: string;
  reason: string;
  additionalDetails: string | null;
  errorCategory: 'failure' | 'nonServiceFailure' | 'success' | null;
  recommendedAction: string | null;
}

export function policyFailure(problem: PolicyProblem): ErrorInfo {
  const fix =
    problem.setting === 'outboundAutoRedemption'
      ? 'In the source tenant, enable "Automatically redeem invitations" (outbound) in the cross-tenant ' +
        'access settings for the target tenant.'
      : problem.setting === 'inboundAutoRedemption'
        ? 'In the target tenant, enable "Automatically redeem invitations" (inbound trust settings) for the ' +
          'source tenant.'
        : problem.setting === 'inboundUserSync'
          ? 'In the target tenant, enable "Allow users sync into this tenant" (cross-tenant sync, inbound) ' +
            'for the source tenant.'
          : 'Check the tenant id (CompanyId) of the configuration.';
  return {
    errorCode: problem.setting === 'targetTenant' ? 'ExternalTenantNotFound' : POLICY_CHECK_CODE,
    reason: problem.message,
    additionalDetails: `The ${problem.side} tenant's setting is missing: ${problem.setting}.`,
    errorCategory: 'nonServiceFailure',
    recommendedAction: [
      fix,
      'Ensure that the automatic redemption setting was enabled for both the source and target tenants.',
    ].join(' '),
  };
}

export const guestInvitationsBlocked = (): ErrorInfo => ({
  errorCode: 'AzureActiveDirectoryForbidden',
  reason: 'Guest invitations not allowed for your company. Contact your company administrator for more details.',
  additionalDetails:
    'External collaboration settings blocked invitations: the target tenant\'s guest invite setting is "No ' +
    'one in the organization can invite guest users including admins (most restrictive)".',
  errorCategory: 'nonServiceFailure',
  recommendedAction:
    'Navigate to user settings in the target tenant and ensure that external collaboration settings are ' +
    'permitted (relax the guest invite restrictions).',
});

export const ambiguousUser = (internalUpn: string): ErrorInfo => ({
  errorCode: 'InvitationCreationFailureAmbiguousUser',
  reason: 'The invited user has a proxy address that matches an internal user in the target tenant.',
  additionalDetails: `The proxy address collides with the internal user ${internalUpn}.`,
  errorCategory: 'nonServiceFailure',
  recommendedAction: 'Delete the existing internal user in the target tenant or remove this user from sync scope.',
});

export const exchangeOwned = (attributes: string[]): ErrorInfo => ({
  errorCode: 'AzureActiveDirectoryCannotUpdateObjectsOriginatedInExternalService',
  reason:
    `The synchronization engine couldn't update one or more user properties in the target tenant. The ` +
    `operation failed in Microsoft Graph API because of Source of Authority (SOA) enforcement. Currently, ` +
    `the following properties show up in the list: ${attributes.join(', ')}.`,
  additionalDetails: 'The source of authority for these attributes of the target user is Exchange Online.',
  errorCategory: 'nonServiceFailure',
  recommendedAction:
    'Update the property directly in the target tenant (for example Set-MailUser in Exchange Online), or ' +
    'remove the mapping.',
});

export const skipped = (upn: string, skipReason: string, explanation: string): ErrorInfo => ({
  errorCode: 'EntrySynchronizationSkipped',
  reason: `The User '${upn}' was skipped: ${explanation}.`,
  additionalDetails: `SkipReason: ${skipReason}`,
  errorCategory: null,
  recommendedAction: null,
});
