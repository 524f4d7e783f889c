import { autoRedeem } from '../store/partners';
import type { SimulatorState, Tenant } from '../store/tenant';

export const POLICY_CHECK_CODE = 'AzureDirectoryB2BManagementPolicyCheckFailure';
export const POLICY_MESSAGE = 'Policy permitting auto-redemption of invitations not configured.';

export interface PolicyProblem {
  /** Which tenant must change a setting. */
  side: 'source' | 'target';
  /** A short machine-readable name of the missing setting. */
  setting: 'outboundAutoRedemption' | 'inboundAutoRedemption' | 'inboundUserSync' | 'targetTenant';
  message: string;
}

/**
 * What "Test connection" and every sync cycle check before inviting anyone: the source allows outbound automatic
 * redemption to the target, the target allows inbound automatic redemption from the source, and the target allows
 * users to be synchronized into it. The first problem found is returned, worded to name the side that is wrong.
 */
export function checkSyncPolicies(
  sim: SimulatorState,
  source: Tenant,
  targetTenantId: string,
): PolicyProblem | undefined {
  return allPolicyProblems(sim, source, targetTenantId)[0];
}

/** Every missing setting, source side first (test connection reports them all). */
export function allPolicyProblems(sim: SimulatorState, source: Tenant, targetTenantId: string): PolicyProblem[] {
  const target = sim.get(targetTenantId);
  if (!target) {
    return [
      { side: 'target', setting: 'targetTenant', message: `The target tenant '${targetTenantId}' could not be found.` },
    ];
  }
  const problems: PolicyProblem[] = [];
  const outbound = source.partners.get(target.id);
  if (!autoRedeem(outbound, 'outboundAllowed')) {
    problems.push({
      side: 'source',
      setting: 'outboundAutoRedemption',
      message:
        `${POLICY_MESSAGE} The source tenant (${source.displayName}, ${source.id}) has not enabled ` +
        `automatic user consent (outbound automatic redemption) for the target tenant ${target.displayName} ` +
        `(${target.id}).`,
    });
  }
  const inbound = target.partners.get(source.id);
  if (!autoRedeem(inbound, 'inboundAllowed')) {
    problems.push({
      side: 'target',
      setting: 'inboundAutoRedemption',
      message:
        `${POLICY_MESSAGE} The target tenant (${target.displayName}, ${target.id}) has not enabled ` +
        `inbound automatic redemption of invitations for the source tenant ${source.displayName} (${source.id}).`,
    });
  }
  if (inbound?.identitySynchronization?.userSyncInbound?.isSyncAllowed !== true) {
    problems.push({
      side: 'target',
      setting: 'inboundUserSync',
      message:
        `${POLICY_MESSAGE} The target tenant (${target.displayName}, ${target.id}) has not enabled ` +
        `inbound synchronization with this tenant: "Allow users sync into this tenant" ` +
        `(identitySynchronization userSyncInbound.isSyncAllowed) is not set for ${source.displayName} (${source.id}).`,
    });
  }
  return problems;
}
