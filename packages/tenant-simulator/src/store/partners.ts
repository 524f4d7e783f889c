import type { IdentitySyncPolicy, Json, PartnerRecord } from './types';

/** A partner entry as POST .../partners creates it: every setting null (inherits the default). */
export function newPartner(tenantId: string, props: Json = {}): PartnerRecord {
  const data: Json & { tenantId: string } = {
    tenantId,
    isServiceProvider: null,
    isInMultiTenantOrganization: false,
    inboundTrust: null,
    b2bCollaborationOutbound: null,
    b2bCollaborationInbound: null,
    b2bDirectConnectOutbound: null,
    b2bDirectConnectInbound: null,
    tenantRestrictions: null,
    crossCloudMeetingConfiguration: { inboundAllowed: null, outboundAllowed: null },
    automaticUserConsentSettings: { inboundAllowed: null, outboundAllowed: null },
    protectedContentSharing: { inboundAllowed: null, outboundAllowed: null },
  };
  for (const [k, v] of Object.entries(props)) if (k !== 'identitySynchronization') data[k] = mergeValue(data[k], v);
  return { data };
}

/** PATCH semantics: complex values merge property by property; null replaces. */
export function mergeValue(current: unknown, next: unknown): unknown {
  if (next === null || typeof next !== 'object' || Array.isArray(next)) return next;
  if (current === null || typeof current !== 'object' || Array.isArray(current)) return { ...(next as Json) };
  const out: Json = { ...(current as Json) };
  for (const [k, v] of Object.entries(next as Json)) out[k] = mergeValue(out[k], v);
  return out;
}

export function identitySync(
  tenantId: string,
  displayName: string | null,
  isSyncAllowed: boolean | null,
): IdentitySyncPolicy {
  return { tenantId, displayName, userSyncInbound: { isSyncAllowed } };
}

/** Does the partner entry allow automatic redemption in the given direction? */
export function autoRedeem(
  partner: PartnerRecord | undefined,
  direction: 'inboundAllowed' | 'outboundAllowed',
): boolean {
  const s = partner?.data.automaticUserConsentSettings as
    { inboundAllowed?: boolean | null; outboundAllowed?: boolean | null } | null | undefined;
  return s?.[direction] === true;
}
