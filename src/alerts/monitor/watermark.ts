import type { SyncJob } from '../../domain';
import type { ConfigurationCursor, MonitorCursor, StreamCursor } from '../types';

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

/** A log entry of any kind (provisioning or directory audit): what a watermark needs of it. */
type Dated = { id: string; activityDateTime: string };

/** Where the next read starts: the newest entry read, plus the ids read at exactly that time. */
const at = (iso: string | undefined): number => (iso ? Date.parse(iso) : Number.NEGATIVE_INFINITY);

export function advance(cursor: ConfigurationCursor, entries: readonly Dated[]): ConfigurationCursor {
  if (entries.length === 0) return { ...cursor, active: false };
  const newest = newestOf(entries) as string;
  if (at(newest) < at(cursor.watermark)) return { ...cursor, active: true };
  const atNewest = entries.filter((e) => at(e.activityDateTime) === at(newest)).map((e) => e.id);
  const boundaryIds = at(newest) === at(cursor.watermark) ? [...cursor.boundaryIds, ...atNewest] : atNewest;
  return { ...cursor, watermark: newest, boundaryIds: [...new Set(boundaryIds)].slice(-1000), active: true };
}

export function newestOf(entries: readonly Dated[]): string | undefined {
  return entries.reduce<string | undefined>(
    (max, e) => (max === undefined || at(e.activityDateTime) > at(max) ? e.activityDateTime : max),
    undefined,
  );
}

/**
 * The stream continues after the newest entry read. Entries at exactly that instant are remembered by id: the next
 * read asks for activityDateTime gt one millisecond before it, so an entry written later at the same instant is
 * read, and one already read is left out (none lost, none counted twice).
 */
export function advanceStream(cursor: StreamCursor, entries: readonly Dated[]): StreamCursor {
  const { watermark, boundaryIds } = advance({ watermark: cursor.watermark, boundaryIds: cursor.boundaryIds }, entries);
  return { watermark: watermark ?? cursor.watermark, boundaryIds };
}

/** Where a first stream starts: the oldest watermark of an older cursor's configurations, else now. */
export function startOfStream(cursor: MonitorCursor, now: Date): StreamCursor {
  const marks = Object.values(cursor.configurations)
    .map((c) => c.watermark)
    .filter((w): w is string => w !== undefined)
    .sort((a, b) => at(a) - at(b));
  return { watermark: marks[0] ?? now.toISOString(), boundaryIds: [] };
}
