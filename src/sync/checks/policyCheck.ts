import type { GraphGateway } from '../../graph/gateway';
import type { CredentialCheck, SyncConfiguration } from '../../domain';
import type { TargetGateways } from '../setup/types';
import { Finding, settingName, tickInstruction } from './findings';

export type PolicyGateway = Pick<GraphGateway, 'getPartner' | 'validateJobCredentials' | 'validateCredentials'>;

/** Credentials in target tenants (TARGET_TENANT_CREDENTIALS), so their side is read rather than inferred. */
export interface TargetAccess {
  gatewayFor: TargetGateways;
  /** The source tenant's id: the key of the target's partner entry for it. */
  sourceTenantId: string;
}

/** Checks a configuration's cross-tenant access settings on both sides. */
export type PolicyProbe = (config: SyncConfiguration) => Promise<PolicyCheck>;

export function policyProbe(gateway: PolicyGateway, targets?: TargetAccess): PolicyProbe {
  return (config) => checkPolicies(gateway, config, targets);
}

export interface PolicyCheck {
  /** The test connection answer (validateCredentials with the saved credentials). */
  connection: CredentialCheck;
  findings: Finding[];
}

const SOURCE = 'Your tenant';
/** How the target's admin finds the source organization in their own settings. */
const YOUR_ORGANIZATION = 'your organization';

/**
 * Which side blocks synchronization, and which setting: the source tenant's outbound automatic redemption is read
 * live from its cross-tenant access policy. The target's settings (inbound automatic redemption, "Allow users
 * sync into this tenant") are read live too when the bot has credentials in the target; otherwise the service's
 * own test connection, which evaluates both tenants live, is asked and its answer read.
 */
export async function checkPolicies(
  gateway: PolicyGateway,
  config: SyncConfiguration,
  targets?: TargetAccess,
): Promise<PolicyCheck> {
  const targetId = config.target?.tenantId;
  const target = config.target?.displayName ?? config.target?.defaultDomainName ?? targetId ?? 'the target tenant';
  const [partner, connection] = await Promise.all([
    targetId ? gateway.getPartner(targetId).then((p) => p ?? null) : Promise.resolve(undefined),
    config.job
      ? gateway.validateJobCredentials(config.servicePrincipalId, config.job.id)
      : targetId
        ? gateway.validateCredentials(config.servicePrincipalId, targetId)
        : Promise.resolve<CredentialCheck>({
            ok: false,
            code: 'CredentialsMissing',
            message: 'The configuration has no target tenant id (CompanyId).',
          }),
  ]);
  const findings: Finding[] = [];
  const outbound = settingName('sourceOutboundAutoRedemption', target);
  const live = `read live from your tenant's cross-tenant access policy`;
  if (partner === null) {
    findings.push({
      tenant: SOURCE,
      side: 'source',
      setting: outbound,
      state: 'wrong',
      observed: `cannot be on: your tenant has no cross-tenant access entry for ${target}`,
      how: live,
      fix:
        `In your tenant add ${target} under Cross-tenant access settings > Organizational settings, then tick ` +
        `"Automatically redeem invitations with the tenant" in its Outbound access > Trust settings.`,
    });
  } else if (partner) {
    const on = partner.automaticUserConsent.outboundAllowed === true;
    findings.push({
      tenant: SOURCE,
      side: 'source',
      setting: outbound,
      state: on ? 'ok' : 'wrong',
      observed: on ? 'is on' : 'is off',
      how: live,
      fix: on ? undefined : `In your tenant, ${tickInstruction('sourceOutboundAutoRedemption', target)}.`,
    });
  }
  const read = targetId && targets ? await readTarget(targets, targetId, target) : undefined;
  findings.push(
    ...(read ??
      targetFindings(
        connection,
        target,
        findings.some((f) => f.side === 'source' && f.state === 'wrong'),
      )),
  );
  return { connection, findings };
}

/**
 * The target's own partner entry for the source, read with the bot's credentials there; undefined when it has none or
 * the read fails.
 */
async function readTarget(targets: TargetAccess, targetId: string, target: string): Promise<Finding[] | undefined> {
  const gateway = targets.gatewayFor(targetId);
  if (!gateway) return undefined;
  const how = `read live from the cross-tenant access policy of ${target}`;
  const inboundRedeem = settingName('targetInboundAutoRedemption', YOUR_ORGANIZATION);
  const inboundSync = settingName('targetInboundUserSync', YOUR_ORGANIZATION);
  try {
    const partner = await gateway.getPartner(targets.sourceTenantId);
    if (!partner) {
      const fix =
        `An administrator of ${target} must add your organization under Cross-tenant access settings > ` +
        `Organizational settings, then ${tickInstruction('targetInboundAutoRedemption', YOUR_ORGANIZATION)} and ` +
        `${tickInstruction('targetInboundUserSync', YOUR_ORGANIZATION)}.`;
      return [
        {
          tenant: target,
          side: 'target',
          setting: inboundRedeem,
          state: 'wrong',
          observed: `cannot be on: ${target} has no cross-tenant access entry for your organization`,
          how,
          fix,
        },
      ];
    }
    const sync = await gateway.getIdentitySynchronization(targets.sourceTenantId);
    const redeemOn = partner.automaticUserConsent.inboundAllowed === true;
    const syncOn = sync?.userSyncInboundAllowed === true;
    return [
      {
        tenant: target,
        side: 'target',
        setting: inboundRedeem,
        state: redeemOn ? 'ok' : 'wrong',
        observed: redeemOn ? 'is on' : 'is off',
        how,
        fix: redeemOn
          ? undefined
          : `An administrator of ${target} must ${tickInstruction('targetInboundAutoRedemption', YOUR_ORGANIZATION)}.`,
      },
      {
        tenant: target,
        side: 'target',
        setting: inboundSync,
        state: syncOn ? 'ok' : 'wrong',
        observed: syncOn ? 'is on' : sync ? 'is off' : 'is not set (no inbound sync policy for your organization)',
        how,
        fix: syncOn
          ? undefined
          : `An administrator of ${target} must ${tickInstruction('targetInboundUserSync', YOUR_ORGANIZATION)}.`,
      },
    ];
  } catch (error) {
    // A failed read says nothing about the setting: fall back to what test connection reports.
    void error;
    return undefined;
  }
}

/** The target-side settings a test connection answer names (its wording names the side and the setting). */
export function targetFindings(connection: CredentialCheck, target: string, sourceIsWrong: boolean): Finding[] {
  const how = 'test connection (validateCredentials), which the provisioning service evaluates live in both tenants';
  const inboundRedeem = settingName('targetInboundAutoRedemption', YOUR_ORGANIZATION);
  const inboundSync = settingName('targetInboundUserSync', YOUR_ORGANIZATION);
  if (connection.ok) {
    return [
      { tenant: target, side: 'target', setting: inboundRedeem, state: 'ok', observed: 'is on', how },
      { tenant: target, side: 'target', setting: inboundSync, state: 'ok', observed: 'is on', how },
    ];
  }
  const said = mentions(connection.message);
  const out: Finding[] = [];
  const redeemOff =
    said.targetInboundRedemption ||
    (!said.any && !sourceIsWrong && /auto-?redemption|automatic redemption/i.test(connection.message));
  if (redeemOff) {
    out.push({
      tenant: target,
      side: 'target',
      setting: inboundRedeem,
      state: 'wrong',
      observed: 'is off',
      how,
      fix: `An administrator of ${target} must ${tickInstruction('targetInboundAutoRedemption', YOUR_ORGANIZATION)}.`,
    });
  }
  if (said.targetInboundSync) {
    out.push({
      tenant: target,
      side: 'target',
      setting: inboundSync,
      state: 'wrong',
      observed: 'is off',
      how,
      fix: `An administrator of ${target} must ${tickInstruction('targetInboundUserSync', YOUR_ORGANIZATION)}.`,
    });
  }
  return out;
}

/** Reads the sides a policy-check message names (the real service and the simulator word them alike). */
export function mentions(message: string): {
  targetInboundRedemption: boolean;
  targetInboundSync: boolean;
  sourceOutbound: boolean;
  any: boolean;
} {
  const sentences = message.split(/(?<=[.!])\s+/);
  const about = (side: RegExp, what: RegExp) => sentences.some((s) => side.test(s) && what.test(s));
  const targetInboundRedemption = about(
    /target tenant/i,
    /inbound automatic redemption|inbound auto-?redemption|automatically redeem/i,
  );
  const targetInboundSync = about(/target tenant/i, /inbound synchroni[sz]ation|allow users? sync|userSyncInbound/i);
  const sourceOutbound = about(/source tenant/i, /automatic user consent|outbound/i);
  return {
    targetInboundRedemption,
    targetInboundSync,
    sourceOutbound,
    any: targetInboundRedemption || targetInboundSync || sourceOutbound,
  };
}
