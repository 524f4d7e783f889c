import { isCoded } from '../../errors';
import type { IdentitySyncPolicy, PartnerPolicy, TenantInfo } from '../../domain';
import { resolveTarget } from './resolveTarget';
import type { SetupCheck, SetupGateway, SetupPlan, TargetGateways } from './types';

export interface InspectInput {
  gateway: SetupGateway;
  targets: TargetGateways;
  sourceTenantId: string;
  /** A domain name or a tenant id, as the admin typed it or as the plan card carried it. */
  target: string;
}

/**
 * Reads everything cross-tenant synchronization needs, on both sides, without changing anything.
 * Called for the plan card and again on confirmation: the card's copy of the plan is never trusted.
 */
export async function inspectSetup(input: InspectInput): Promise<SetupPlan> {
  const { gateway, sourceTenantId } = input;
  const target = await resolveTarget(gateway, input.target, sourceTenantId);
  const [source, partner, configurations] = await Promise.all([
    gateway.findTenantById(sourceTenantId).then((t) => t ?? { tenantId: sourceTenantId }),
    gateway.getPartner(target.tenantId),
    gateway.listConfigurations(),
  ]);
  const targetSide = await readTargetSide(input.targets, target, sourceTenantId);
  return {
    source,
    target,
    checks: [...sourceChecks(target, partner), ...targetChecks(source, targetSide)],
    sourcePartner: partner,
    targetChecked: targetSide.kind === 'read',
    existing: configurations.filter((c) => c.target?.tenantId.toLowerCase() === target.tenantId.toLowerCase()),
    configurationName: target.displayName ?? target.defaultDomainName ?? target.tenantId,
  };
}

const name = (t: TenantInfo) => t.displayName ?? t.defaultDomainName ?? t.tenantId;

function sourceChecks(target: TenantInfo, partner: PartnerPolicy | undefined): SetupCheck[] {
  const entry = partner !== undefined;
  const state = (on: boolean | null | undefined) => (on === true ? 'ok' : 'missing');
  return [
    {
      key: 'sourcePartner',
      side: 'source',
      label: `Organization settings: ${name(target)}`,
      state: entry ? 'ok' : 'missing',
      detail: entry ? 'The partner entry exists.' : 'There is no partner entry for the target tenant.',
    },
    {
      key: 'outboundAutoRedemption',
      side: 'source',
      label: 'Outbound: automatically redeem invitations',
      state: state(partner?.automaticUserConsent.outboundAllowed),
      detail: partner?.automaticUserConsent.outboundAllowed
        ? 'Allowed.'
        : 'Not allowed; test connection fails without it.',
    },
    {
      key: 'trustMfa',
      side: 'source',
      label: 'Trust multifactor authentication from the target',
      state: state(partner?.inboundTrust?.isMfaAccepted),
      detail: partner?.inboundTrust?.isMfaAccepted
        ? 'Trusted.'
        : 'Not trusted (optional: set only when asked for, sync does not need it).',
    },
    {
      key: 'trustCompliantDevice',
      side: 'source',
      label: 'Trust compliant devices from the target',
      state: state(partner?.inboundTrust?.isCompliantDeviceAccepted),
      detail: partner?.inboundTrust?.isCompliantDeviceAccepted
        ? 'Trusted.'
        : 'Not trusted (optional: set only when asked for, sync does not need it).',
    },
  ];
}

type TargetSide =
  { kind: 'read'; partner?: PartnerPolicy; sync?: IdentitySyncPolicy } | { kind: 'unknown'; why: string };

async function readTargetSide(
  targets: TargetGateways,
  target: TenantInfo,
  sourceTenantId: string,
): Promise<TargetSide> {
  const gateway = targets(target.tenantId);
  if (!gateway)
    return {
      kind: 'unknown',
      why: `I have no access to ${name(target)}, so I cannot check; its admin must confirm this.`,
    };
  try {
    const partner = await gateway.getPartner(sourceTenantId);
    const sync = partner ? await gateway.getIdentitySynchronization(sourceTenantId) : undefined;
    return { kind: 'read', partner, sync };
  } catch (error) {
    // A failed look is reported as "could not check", never as "missing": the target admin may have it right.
    const why = isCoded(error) ? error.message : 'the lookup failed';
    return {
      kind: 'unknown',
      why: `I could not read ${name(target)}'s settings (${why}); its admin must confirm this.`,
    };
  }
}

function targetChecks(source: TenantInfo, side: TargetSide): SetupCheck[] {
  const rows: Array<Pick<SetupCheck, 'key' | 'label'>> = [
    { key: 'targetPartner', label: `Organization settings: ${name(source)} (in the target)` },
    { key: 'inboundAutoRedemption', label: 'Inbound: automatically redeem invitations' },
    { key: 'inboundUserSync', label: 'Cross-tenant sync: allow users sync into this tenant' },
  ];
  if (side.kind === 'unknown') return rows.map((r) => ({ ...r, side: 'target', state: 'unknown', detail: side.why }));
  const inbound = side.partner?.automaticUserConsent.inboundAllowed === true;
  const syncAllowed = side.sync?.userSyncInboundAllowed === true;
  const entryDetail = side.partner
    ? 'The partner entry exists.'
    : `The target has no partner entry for ${name(source)}.`;
  return [
    { ...rows[0], side: 'target', state: side.partner ? 'ok' : 'missing', detail: entryDetail },
    {
      ...rows[1],
      side: 'target',
      state: inbound ? 'ok' : 'missing',
      detail: inbound ? 'Allowed.' : 'Not allowed (automaticUserConsentSettings.inboundAllowed).',
    },
    {
      ...rows[2],
      side: 'target',
      state: syncAllowed ? 'ok' : 'missing',
      detail: syncAllowed
        ? 'Allowed.'
        : side.sync
          ? 'The policy exists but does not allow sync (identitySynchronization userSyncInbound.isSyncAllowed is not ' +
            'true).'
          : 'Not allowed: the target has no identitySynchronization policy for this tenant.',
    },
  ];
}
