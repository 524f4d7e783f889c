import type { JobRecord, Json } from '../store/types';
import { NEVER } from '../sync/jobs';

export interface CycleCounts {
  cycleId: string;
  began: number;
  ended: number;
  evaluated: number;
  entitled: number;
  logged: number;
  exports: number;
  exported: number;
  failed: number;
}

export type QuarantineReason =
  'EncounteredQuarantineException' | 'EncounteredEscrowProportionThreshold' | 'TooManyDeletes';

const iso = (ms: number): string => new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z');

export function execution(c: CycleCounts, state: string, error?: { code: string; message: string }): Json {
  return {
    activityIdentifier: c.cycleId,
    countEntitled: c.entitled,
    countEntitledForProvisioning: c.entitled,
    countEscrowed: c.failed,
    countEscrowedRaw: c.failed,
    countExported: c.exported,
    countExports: c.exports,
    countImported: c.evaluated,
    countImportedDeltas: c.logged,
    countImportedReferenceDeltas: 0,
    state,
    timeBegan: iso(c.began),
    timeEnded: iso(c.ended),
    error: error ? { ...error, tenantActionable: true } : { code: 'None', message: '', tenantActionable: false },
  };
}

/** Records a finished cycle in the job's status (lastExecution, steady state, counts by type). */
export function recordCycle(
  job: JobRecord,
  c: CycleCounts,
  state: 'Succeeded' | 'EntryLevelErrors' | 'Failed',
  error?: { code: string; message: string },
): void {
  const run = execution(c, state, error);
  const s = job.status;
  s.lastExecution = run;
  if (state === 'Failed') {
    s.countSuccessiveCompleteFailures = Number(s.countSuccessiveCompleteFailures ?? 0) + 1;
  } else {
    s.countSuccessiveCompleteFailures = 0;
    s.lastSuccessfulExecution = run;
    if (c.exported > 0) s.lastSuccessfulExecutionWithExports = run;
    if (s.steadyStateFirstAchievedTime === NEVER) s.steadyStateFirstAchievedTime = iso(c.ended);
    s.steadyStateLastAchievedTime = iso(c.ended);
  }
  s.synchronizedEntryCountByType = [{ key: 'User to User', value: job.engine.linked.size }];
  s.troubleshootingUrl = s.troubleshootingUrl ?? '';
  if (s.code !== 'Quarantine' && job.schedule.state === 'Active') s.code = 'Active';
}

/** Puts the job in quarantine (or continues a quarantine series). */
export function quarantine(
  job: JobRecord,
  reason: QuarantineReason,
  error: { code: string; message: string },
  now: number,
  nextAttempt: number,
): void {
  const prev = job.status.quarantine as { seriesBegan?: string; seriesCount?: number; reason?: string } | null;
  const continuing = prev && prev.reason === reason;
  job.status.code = 'Quarantine';
  job.status.quarantine = {
    currentBegan: iso(now),
    error: { ...error, tenantActionable: true },
    nextAttempt: iso(nextAttempt),
    reason,
    seriesBegan: continuing && prev?.seriesBegan ? prev.seriesBegan : iso(now),
    seriesCount: continuing ? Number(prev?.seriesCount ?? 0) + 1 : 1,
  };
  job.status.troubleshootingUrl = 'https://aka.ms/ProvisioningQuarantine';
}

/** Leaves quarantine after a good cycle (the real service does so on its own once the cause is fixed). */
export function clearQuarantine(job: JobRecord): void {
  if (job.status.code !== 'Quarantine') return;
  job.status.quarantine = null;
  job.status.code = job.schedule.state === 'Active' ? 'Active' : 'Paused';
}

export function quarantineReason(job: JobRecord): string | undefined {
  return (job.status.quarantine as { reason?: string } | null)?.reason;
}
