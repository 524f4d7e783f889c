import { GraphError } from '../http/errors';
import type { TestConnectionShape } from '../http/strictSettings';

export const CROSS_TENANT_SYNC_POLICY_CODE = 'AzureActiveDirectoryCrossTenantSyncPolicyCheckFailure';

/**
 * A failed test connection (validateCredentials,
 * learn.microsoft.com/graph/api/synchronization-synchronizationjob-validatecredentials) in one of the
 * shapes seen from the service: AzureDirectoryB2BManagementPolicyCheckFailure (the code synchronizationError's page
 * shows, learn.microsoft.com/graph/api/resources/synchronization-synchronizationerror), the newer
 * AzureActiveDirectoryCrossTenantSyncPolicyCheckFailure (cross-tenant sync troubleshooting: "Troubleshooting tips" in
 * learn.microsoft.com/entra/identity/multi-tenant-organizations/cross-tenant-synchronization-configure),
 * or the synchronization service's error wrapped as JSON text inside an UnknownError.
 */
export function policyCheckFailure(
  shape: TestConnectionShape,
  b2bCode: string,
  message: string,
  details: unknown[],
): GraphError {
  switch (shape) {
    case 'crossTenantSyncPolicy':
      return new GraphError(400, CROSS_TENANT_SYNC_POLICY_CODE, message);
    case 'unknownErrorWrapped':
      return new GraphError(400, 'UnknownError', JSON.stringify({ error: { code: b2bCode, message } }));
    default:
      // details is a simulator addition (the real service only words it): one entry per missing setting.
      return new GraphError(400, b2bCode, message, { details });
  }
}
