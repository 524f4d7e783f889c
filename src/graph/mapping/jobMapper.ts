import type { JobExecution, JobStatusCode, SyncErrorInfo, SyncJob } from '../../domain';
import type { WireSyncError, WireSyncJob, WireTaskExecution } from '../wire/synchronization';

const STATUS_CODES: readonly JobStatusCode[] = ['NotConfigured', 'NotRun', 'Active', 'Paused', 'Quarantine'];
const SCHEDULE_STATES = ['Active', 'Disabled', 'Paused'] as const;
const EXECUTION_STATES = ['Succeeded', 'Failed', 'EntryLevelErrors'] as const;

/** Graph writes "never" as 0001-01-01T00:00:00Z (and the docs show empty strings). */
export function timestamp(value: string | null | undefined): string | undefined {
  if (!value || value.startsWith('0001-01-01')) return undefined;
  return value;
}

export function toSyncJob(wire: WireSyncJob): SyncJob {
  const status = wire.status ?? {};
  const quarantine = status.quarantine;
  const threshold = wire.synchronizationJobSettings?.find((s) => s.name === 'QuarantineTooManyDeletesThreshold')?.value;
  return {
    id: wire.id,
    templateId: wire.templateId ?? '',
    scheduleState: oneOf(SCHEDULE_STATES, wire.schedule?.state, 'Disabled'),
    interval: wire.schedule?.interval ?? '',
    status: oneOf(STATUS_CODES, status.code, 'NotConfigured'),
    quarantine: quarantine
      ? {
          reason: quarantine.reason || 'Unknown',
          currentBegan: timestamp(quarantine.currentBegan),
          seriesBegan: timestamp(quarantine.seriesBegan),
          nextAttempt: timestamp(quarantine.nextAttempt),
          seriesCount: quarantine.seriesCount ?? 0,
          error: syncError(quarantine.error),
        }
      : undefined,
    lastExecution: execution(status.lastExecution),
    lastSuccessfulExecution: execution(status.lastSuccessfulExecution),
    countSuccessiveCompleteFailures: status.countSuccessiveCompleteFailures ?? 0,
    deleteThreshold:
      threshold !== undefined && threshold !== null && /^\d+$/.test(threshold) ? Number(threshold) : undefined,
  };
}

function execution(wire: WireTaskExecution | null | undefined): JobExecution | undefined {
  const began = timestamp(wire?.timeBegan);
  // A job that never ran reports an execution with year-1 timestamps: that is no execution.
  if (!wire || !began) return undefined;
  return {
    state: oneOf(EXECUTION_STATES, wire.state, 'Failed'),
    timeBegan: began,
    timeEnded: timestamp(wire.timeEnded),
    countImported: wire.countImported ?? 0,
    countExported: wire.countExported ?? 0,
    countEscrowed: wire.countEscrowed ?? 0,
    error: syncError(wire.error),
  };
}

function syncError(wire: WireSyncError | null | undefined): SyncErrorInfo | undefined {
  if (!wire?.code || wire.code === 'None') return undefined;
  return { code: wire.code, message: wire.message ?? '', tenantActionable: wire.tenantActionable };
}

function oneOf<T extends string>(allowed: readonly T[], value: string | null | undefined, fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}
