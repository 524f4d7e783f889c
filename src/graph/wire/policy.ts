/** Graph JSON shapes of cross-tenant access policy and tenant lookups (graph-contract.md §1). */

export interface WireInboundTrust {
  isMfaAccepted?: boolean | null;
  isCompliantDeviceAccepted?: boolean | null;
  isHybridAzureADJoinedDeviceAccepted?: boolean | null;
}

export interface WireIdentitySynchronization {
  tenantId?: string;
  displayName?: string | null;
  userSyncInbound?: { isSyncAllowed?: boolean | null } | null;
}

export interface WirePartner {
  tenantId: string;
  inboundTrust?: WireInboundTrust | null;
  automaticUserConsentSettings?: { inboundAllowed?: boolean | null; outboundAllowed?: boolean | null } | null;
  identitySynchronization?: WireIdentitySynchronization | null;
}

export interface WireTenantInformation {
  tenantId: string;
  displayName?: string | null;
  defaultDomainName?: string | null;
  federationBrandName?: string | null;
}
