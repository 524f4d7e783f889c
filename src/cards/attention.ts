import type { SyncConfiguration } from '../domain';
import { jobStatus, TextColor } from './format';

/** Why a configuration needs someone to look at it, most urgent first. */
export const ATTENTION = ['quarantined', 'failing', 'stopped', 'notSetUp'] as const;
export type Attention = (typeof ATTENTION)[number];

/**
 * What a listing already knows about a configuration (its job's status, last run and failures in a row),
 * read as whether it needs attention. Undefined when nothing is wrong: active, or not run yet.
 */
export function attentionOf(config: SyncConfiguration): Attention | undefined {
  const job = config.job;
  if (!job || job.status === 'NotConfigured') return 'notSetUp';
  if (job.status === 'Quarantine') return 'quarantined';
  if (job.lastExecution?.state === 'Failed' || job.countSuccessiveCompleteFailures > 0) return 'failing';
  if (job.status === 'Paused' || job.scheduleState !== 'Active') return 'stopped';
  return undefined;
}

/**
 * The status a list row shows: the job's, except "Failing" for a job whose runs fail and "Stopped" for an unscheduled
 * one.
 */
export function listStatus(config: SyncConfiguration): { label: string; color: TextColor } {
  const attention = attentionOf(config);
  if (attention === 'failing') return { label: 'Failing', color: 'Attention' };
  if (attention === 'stopped' && config.job?.status !== 'Paused') return { label: 'Stopped', color: 'Warning' };
  return jobStatus(config.job);
}

const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const rank = (config: SyncConfiguration): number => {
  const attention = attentionOf(config);
  return attention ? ATTENTION.indexOf(attention) : ATTENTION.length;
};

/** Those that need attention first (most urgent first), then by name; the id keeps equal names in a stable order. */
export function attentionFirst(configurations: readonly SyncConfiguration[]): SyncConfiguration[] {
  return configurations
    .map((config) => ({ config, rank: rank(config) }))
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        byName.compare(a.config.displayName, b.config.displayName) ||
        a.config.servicePrincipalId.localeCompare(b.config.servicePrincipalId),
    )
    .map((r) => r.config);
}
