import type { ProvisioningLogEntry } from '../../domain';
import type { ErrorCount } from '../types';

/** One configuration's day in numbers. */
export interface ConfigurationDay {
  servicePrincipalId: string;
  displayName: string;
  created: number;
  updated: number;
  deleted: number;
  skipped: number;
  failed: number;
  topErrors: ErrorCount[];
}

export interface DailyDigest {
  /** UTC day, YYYY-MM-DD. */
  day: string;
  configurations: ConfigurationDay[];
}

export function emptyDay(servicePrincipalId: string, displayName: string): ConfigurationDay {
  return { servicePrincipalId, displayName, created: 0, updated: 0, deleted: 0, skipped: 0, failed: 0, topErrors: [] };
}

/**
 * Adds log entries to a day's numbers (the monitor does so as it reads them, so a digest costs no extra Graph call).
 */
export function addToDay(day: ConfigurationDay, entries: readonly ProvisioningLogEntry[]): ConfigurationDay {
  const next = { ...day, topErrors: day.topErrors.map((e) => ({ ...e })) };
  for (const entry of entries) {
    if (entry.status === 'failure') {
      next.failed++;
      const code = entry.error?.code || 'Unknown';
      const known = next.topErrors.find((e) => e.code === code);
      if (known) known.count++;
      else next.topErrors.push({ code, count: 1 });
    } else if (entry.status === 'skipped') next.skipped++;
    else if (entry.action === 'create') next.created++;
    else if (entry.action === 'update') next.updated++;
    else if (entry.action === 'delete' || entry.action === 'disable') next.deleted++;
  }
  next.topErrors = next.topErrors.sort((a, b) => b.count - a.count || a.code.localeCompare(b.code)).slice(0, 5);
  return next;
}

export function utcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
