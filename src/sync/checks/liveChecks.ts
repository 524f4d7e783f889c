import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { ErrorKnowledge, LiveCheck } from '../knowledge/types';
import type { SyncConfiguration } from '../../domain';
import { Finding, settingName } from './findings';
import type { PolicyProbe } from './policyCheck';

const POLICY_CHECKS: ReadonlySet<LiveCheck> = new Set([
  'sourceOutboundAutoRedemption',
  'targetInboundAutoRedemption',
  'targetInboundUserSync',
]);

/** Whether explaining this entry needs the tenants' cross-tenant access settings checked. */
export function needsPolicyCheck(entry: ErrorKnowledge | undefined): boolean {
  return !!entry?.settings?.some((s) => s.check && POLICY_CHECKS.has(s.check));
}

/**
 * The tenant settings an error depends on, checked for one configuration: the policy settings of both sides
 * (live, and through test connection), and the ones this tenant's credentials cannot read, said as such.
 */
export async function checkSettingsFor(
  probe: PolicyProbe,
  kb: KnowledgeBase,
  code: string,
  config: SyncConfiguration,
  serviceSaid?: string,
): Promise<Finding[]> {
  const entry = kb.explain(code);
  const findings: Finding[] = [];
  if (needsPolicyCheck(entry)) findings.push(...(await probe(config)).findings);
  if (entry?.settings?.some((s) => s.check === 'targetGuestInviteSettings')) {
    const target = config.target?.displayName ?? 'the target tenant';
    findings.push({
      tenant: target,
      side: 'target',
      setting: settingName('targetGuestInviteSettings', ''),
      state: 'unknown',
      observed: serviceSaid
        ? `blocks the invitation, as the provisioning service reported (${serviceSaid})`
        : "cannot be read with your tenant's credentials",
      how: "the provisioning service's error details (the target's guest settings are not readable from your tenant)",
      fix:
        `An administrator of ${target} must allow guest invitations (anything but "No one in the organization can ` +
        `invite guest users").`,
    });
  }
  return findings;
}
