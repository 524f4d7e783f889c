import type { IdentitySyncPolicy, PartnerPolicy, PartnerPolicyChange, TenantInfo } from '../../domain';
import type { WireIdentitySynchronization, WirePartner, WireTenantInformation } from '../wire/policy';

export function toPartnerPolicy(wire: WirePartner): PartnerPolicy {
  return {
    tenantId: wire.tenantId,
    inboundTrust: wire.inboundTrust ?? null,
    automaticUserConsent: {
      inboundAllowed: wire.automaticUserConsentSettings?.inboundAllowed ?? null,
      outboundAllowed: wire.automaticUserConsentSettings?.outboundAllowed ?? null,
    },
    userSyncInboundAllowed: wire.identitySynchronization
      ? (wire.identitySynchronization.userSyncInbound?.isSyncAllowed ?? null)
      : undefined,
  };
}

/** The PATCH body: only what the change names, with Graph's property names. */
export function partnerPatch(change: PartnerPolicyChange): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (change.inboundTrust !== undefined) body.inboundTrust = change.inboundTrust;
  if (change.automaticUserConsent !== undefined) body.automaticUserConsentSettings = change.automaticUserConsent;
  return body;
}

export function toIdentitySyncPolicy(wire: WireIdentitySynchronization, tenantId: string): IdentitySyncPolicy {
  return {
    tenantId: wire.tenantId ?? tenantId,
    displayName: wire.displayName ?? undefined,
    userSyncInboundAllowed: wire.userSyncInbound?.isSyncAllowed ?? null,
  };
}

export function toTenantInfo(wire: WireTenantInformation): TenantInfo {
  return {
    tenantId: wire.tenantId,
    displayName: wire.displayName ?? undefined,
    defaultDomainName: wire.defaultDomainName ?? undefined,
  };
}
