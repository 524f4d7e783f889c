import type { ProvisioningLogEntry } from '../../domain';
import type { Finding } from '../types';
import { isAccessCode } from './accessCodes';
import type { DetectInput } from './detectInput';
import { failuresOf, usersOf } from './entries';

/**
 * Many users failing with the same error code in one cycle: one finding per code, when the
 * busiest cycle has at least burstThreshold of them. Access codes are the access detector's.
 */
export function detectFailureBursts({ entries, settings }: DetectInput): Finding[] {
  const byCode = new Map<string, Map<string, ProvisioningLogEntry[]>>();
  for (const entry of failuresOf(entries)) {
    const code = entry.error?.code || 'Unknown';
    if (isAccessCode(code)) continue;
    const cycles = byCode.get(code) ?? new Map<string, ProvisioningLogEntry[]>();
    const cycle = entry.cycleId ?? '';
    cycles.set(cycle, [...(cycles.get(cycle) ?? []), entry]);
    byCode.set(code, cycles);
  }
  const findings: Finding[] = [];
  for (const [code, cycles] of byCode) {
    const busiest = Math.max(...[...cycles.values()].map((c) => c.length));
    if (busiest < settings.burstThreshold) continue;
    const all = [...cycles.values()].flat();
    findings.push({
      kind: 'failures',
      discriminator: code,
      severity: busiest >= settings.burstThreshold * 10 ? 'error' : 'warning',
      title: `${all.length} users failed with ${code}`,
      summary:
        `${busiest} users failed with the same error in one cycle. Until the cause is fixed they are retried ` +
        `every cycle and not provisioned.`,
      errors: [{ code, count: all.length, reason: all[0].error?.reason }],
      newFailures: all.length,
      stagedDeletes: 0,
      affectedUsers: usersOf(all, settings.affectedUsersShown),
    });
  }
  return findings;
}
