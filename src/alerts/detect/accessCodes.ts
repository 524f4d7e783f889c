/**
 * Error codes that mean the connection itself is broken (policy or credentials), not one user:
 * one such failure is enough to alert (features-and-errors §2.1, §2.5 #36).
 */
const ACCESS_CODES = new Set(
  [
    'AzureDirectoryB2BManagementPolicyCheckFailure',
    'AzureActiveDirectoryCrossTenantSyncPolicyCheckFailure',
    'AzureActiveDirectoryTokenExpired',
    'ExternalTenantNotFound',
    'Authorization_RequestDenied',
    'InvalidCredentials',
    'CredentialsInvalid',
  ].map((c) => c.toLowerCase()),
);

export function isAccessCode(code: string | undefined): boolean {
  return !!code && ACCESS_CODES.has(code.toLowerCase());
}
