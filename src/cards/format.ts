import type { JobStatusCode, ScopeMode, SyncConfiguration, SyncJob } from '../domain';

export type TextColor = 'Default' | 'Good' | 'Warning' | 'Attention' | 'Accent';

const STATUS: Record<JobStatusCode, { label: string; color: TextColor }> = {
  Active: { label: 'Active', color: 'Good' },
  Paused: { label: 'Paused', color: 'Warning' },
  Quarantine: { label: 'Quarantined', color: 'Attention' },
  NotRun: { label: 'Not run yet', color: 'Default' },
  NotConfigured: { label: 'Not configured', color: 'Warning' },
};

export function jobStatus(job: SyncJob | undefined): { label: string; color: TextColor } {
  if (!job) return { label: 'No provisioning job', color: 'Warning' };
  return STATUS[job.status] ?? { label: String(job.status), color: 'Default' };
}

/** ISO time as a fixed, unambiguous UTC string: 2024-05-01 10:20 UTC. */
export function formatTime(iso: string | undefined): string {
  if (!iso) return 'unknown time';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

export function lastRun(job: SyncJob | undefined): string {
  const run = job?.lastExecution;
  if (!run) return 'Never';
  const state = run.state === 'EntryLevelErrors' ? 'Completed with errors' : run.state;
  return `${state}, ${formatTime(run.timeEnded ?? run.timeBegan)}`;
}

export function scopeLabel(mode: ScopeMode | undefined): string {
  if (mode === 'allUsers') return 'All users';
  if (mode === 'assignedOnly') return 'Assigned users and groups only';
  return 'Unknown';
}

/** ISO-8601 duration (PT40M, PT1H30M, P1D) in words. */
export function intervalLabel(interval: string | undefined): string {
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(interval ?? '');
  if (!m || m.slice(1).every((part) => part === undefined)) return interval ? `interval ${interval}` : 'no schedule';
  const units = [
    [m[1], 'day'],
    [m[2], 'hour'],
    [m[3], 'minute'],
    [m[4], 'second'],
  ] as const;
  const words = units
    .filter(([n]) => n !== undefined && Number(n) > 0)
    .map(([n, unit]) => `${Number(n)} ${unit}${Number(n) === 1 ? '' : 's'}`);
  return `every ${words.join(' ') || '0 minutes'}`;
}

export function onOff(value: boolean | null | undefined, unset = 'Not set'): string {
  if (value === true) return 'On';
  if (value === false) return 'Off';
  return unset;
}

export function targetName(config: SyncConfiguration): string {
  return config.target?.displayName ?? config.target?.defaultDomainName ?? 'Unknown tenant';
}

/** Adaptive Cards refuse empty text blocks: blank lines are dropped. */
export function nonEmpty(lines: readonly string[] | undefined): string[] {
  return (lines ?? []).filter((line) => line.trim().length > 0);
}
