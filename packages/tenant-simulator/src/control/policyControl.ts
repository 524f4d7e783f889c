import type { SimulatorCore } from '../core';
import { newPartner, identitySync } from '../store/partners';
import type { PartnerRecord } from '../store/types';
import { tenantByAny } from './lookup';

export interface PolicyChange {
  /** The other tenant of the partner entry (needed for everything but guestInvitations). */
  partner?: string;
  inboundAutoRedemption?: boolean;
  outboundAutoRedemption?: boolean;
  inboundUserSync?: boolean;
  guestInvitations?: boolean;
}

/**
 * Sets a tenant's cross-tenant settings the way its admin would in the portal (creating the partner entry if needed).
 */
export function changePolicy(core: SimulatorCore, tenantKey: string, change: PolicyChange): Record<string, unknown> {
  const tenant = tenantByAny(core, tenantKey);
  if (change.guestInvitations !== undefined) tenant.guestInvitationsAllowed = change.guestInvitations;
  const needsPartner = [change.inboundAutoRedemption, change.outboundAutoRedemption, change.inboundUserSync].some(
    (v) => v !== undefined,
  );
  let partner: PartnerRecord | undefined;
  if (needsPartner) {
    if (!change.partner) throw new Error("'partner' (the other tenant) is required for partner settings");
    const other = tenantByAny(core, change.partner);
    partner = tenant.partners.get(other.id);
    if (!partner) {
      partner = newPartner(other.id);
      tenant.partners.set(other.id, partner);
    }
    const consent = {
      ...((partner.data.automaticUserConsentSettings as Record<string, unknown> | null) ?? {
        inboundAllowed: null,
        outboundAllowed: null,
      }),
    };
    if (change.inboundAutoRedemption !== undefined) consent.inboundAllowed = change.inboundAutoRedemption;
    if (change.outboundAutoRedemption !== undefined) consent.outboundAllowed = change.outboundAutoRedemption;
    partner.data.automaticUserConsentSettings = consent;
    if (change.inboundUserSync !== undefined) {
      if (partner.identitySynchronization)
        partner.identitySynchronization.userSyncInbound = { isSyncAllowed: change.inboundUserSync };
      else
        partner.identitySynchronization = identitySync(
          other.id,
          other.displayName.split(',')[0],
          change.inboundUserSync,
        );
    }
  }
  return {
    tenantId: tenant.id,
    guestInvitationsAllowed: tenant.guestInvitationsAllowed,
    partner: partner
      ? { ...partner.data, identitySynchronization: partner.identitySynchronization ?? null }
      : undefined,
  };
}

/** The named faults of the brief: break or repair one setting. */
export function breakOrRepair(
  core: SimulatorCore,
  tenantKey: string,
  what: string,
  partnerKey: string | undefined,
  repair: boolean,
): Record<string, unknown> {
  const settings: Record<string, keyof PolicyChange> = {
    inboundAutoRedemption: 'inboundAutoRedemption',
    outboundAutoRedemption: 'outboundAutoRedemption',
    inboundUserSync: 'inboundUserSync',
    guestInvitations: 'guestInvitations',
  };
  const key = settings[what];
  if (!key) throw new Error(`'what' must be one of ${Object.keys(settings).join(', ')}`);
  return changePolicy(core, tenantKey, { partner: partnerKey, [key]: repair });
}
