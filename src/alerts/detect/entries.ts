import type { ProvisioningLogEntry } from '../../domain';
import type { ErrorCount } from '../types';

/** Failures grouped by error code, most frequent first. */
export function countByCode(entries: readonly ProvisioningLogEntry[]): ErrorCount[] {
  const counts = new Map<string, ErrorCount>();
  for (const entry of entries) {
    const code = entry.error?.code || 'Unknown';
    const known = counts.get(code) ?? { code, count: 0, reason: entry.error?.reason };
    known.count++;
    counts.set(code, known);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
}

export function failuresOf(entries: readonly ProvisioningLogEntry[]): ProvisioningLogEntry[] {
  return entries.filter((e) => e.status === 'failure');
}

/** Distinct people named by the entries, in log order. */
export function usersOf(entries: readonly ProvisioningLogEntry[], limit: number): string[] {
  const names: string[] = [];
  for (const entry of entries) {
    const name = entry.sourceDisplayName || entry.reportableIdentifier || entry.sourceId;
    if (name && !names.includes(name)) names.push(name);
    if (names.length >= limit) break;
  }
  return names;
}
