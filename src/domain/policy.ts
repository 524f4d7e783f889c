/** Cross-tenant access policy and what setting up a configuration creates or checks. */

/** crossTenantAccessPolicyConfigurationPartner, reduced to what the product reasons about. */
export interface PartnerPolicy {
  tenantId: string;
  inboundTrust?: {
    isMfaAccepted?: boolean | null;
    isCompliantDeviceAccepted?: boolean | null;
    isHybridAzureADJoinedDeviceAccepted?: boolean | null;
  } | null;
  automaticUserConsent: { inboundAllowed: boolean | null; outboundAllowed: boolean | null };
  /** identitySynchronization.userSyncInbound.isSyncAllowed, when the partner has that policy. */
  userSyncInboundAllowed?: boolean | null;
}

/** The target tenant's "allow users to sync into this tenant" policy for one source tenant. */
export interface IdentitySyncPolicy {
  tenantId: string;
  displayName?: string;
  userSyncInboundAllowed: boolean | null;
}

/** A change to a partner entry; only the given fields are sent. */
export interface PartnerPolicyChange {
  inboundTrust?: {
    isMfaAccepted?: boolean | null;
    isCompliantDeviceAccepted?: boolean | null;
    isHybridAzureADJoinedDeviceAccepted?: boolean | null;
  } | null;
  automaticUserConsent?: { inboundAllowed?: boolean | null; outboundAllowed?: boolean | null };
}

/** What instantiating the cross-tenant sync application template created. */
export interface InstantiatedConfiguration {
  applicationId: string;
  appId: string;
  servicePrincipalId: string;
  displayName: string;
  appRoleId?: string;
}

/** The answer of validateCredentials ("Test connection"): a 400 carries the failing check. */
export type CredentialCheck = { ok: true } | { ok: false; code: string; message: string; requestId?: string };
