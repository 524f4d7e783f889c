import type { ProvisioningLogEntry, SyncJob } from '../../domain';
import type { ConfigurationCursor } from '../types';

/** Changes whenever the job ran or changed state; an unchanged one means no new cycle to read. */
export function fingerprint(job: SyncJob | undefined): string {
  if (!job) return 'no-job';
  const run = job.lastExecution;
  return [
    job.status,
    job.scheduleState,
    run?.state,
    run?.timeBegan,
    run?.timeEnded,
    job.quarantine?.reason,
    job.quarantine?.currentBegan,
    job.countSuccessiveCompleteFailures,
  ].join('|');
}

/** Where the next read starts: the newest entry read, plus the ids read at exactly that time. */
const at = (iso: string | undefined): number => (iso ? Date.parse(iso) : Number.NEGATIVE_INFINITY);

export function advance(cursor: ConfigurationCursor, entries: readonly ProvisioningLogEntry[]): ConfigurationCursor {
  if (entries.length === 0) return { ...cursor, active: false };
  const newest = newestOf(entries) as string;
  if (at(newest) < at(cursor.watermark)) return { ...cursor, active: true };
  const atNewest = entries.filter((e) => at(e.activityDateTime) === at(newest)).map((e) => e.id);
  const boundaryIds = at(newest) === at(cursor.watermark) ? [...cursor.boundaryIds, ...atNewest] : atNewest;
  return { ...cursor, watermark: newest, boundaryIds: [...new Set(boundaryIds)].slice(-1000), active: true };
}

export function newestOf(entries: readonly ProvisioningLogEntry[]): string | undefined {
  return entries.reduce<string | undefined>(
    (max, e) => (max === undefined || at(e.activityDateTime) > at(max) ? e.activityDateTime : max),
    undefined,
  );
}
