import type { JobRecord } from '../store/types';

/** synchronizationJobRestartScope (IsFlags) members. */
export const RESTART_SCOPES = [
  'None',
  'ConnectorDataStore',
  'Escrows',
  'Watermark',
  'QuarantineState',
  'Full',
  'ForceDeletes',
];

/**
 * POST restart. Empty criteria = the portal's "Restart provisioning" (QuarantineState + Watermark + Escrows);
 * Full = everything; ForceDeletes = apply the deletions held back by the accidental-deletion threshold.
 */
export function restartJob(job: JobRecord, flags: string[]): void {
  const set = new Set(flags.length === 0 ? ['QuarantineState', 'Watermark', 'Escrows'] : flags);
  if (set.has('Full')) ['QuarantineState', 'Watermark', 'Escrows', 'ConnectorDataStore'].forEach((f) => set.add(f));
  if (set.has('Escrows')) {
    job.engine.escrows.clear();
    job.status.escrowsPruned = false;
  }
  if (set.has('Watermark')) job.engine.fullCycleDue = true;
  if (set.has('ConnectorDataStore')) job.engine.linked.clear();
  if (set.has('ForceDeletes')) job.engine.forceDeletes = true;
  const quarantined = job.status.code === 'Quarantine';
  const tooManyDeletes = (job.status.quarantine as { reason?: string } | null)?.reason === 'TooManyDeletes';
  if (set.has('QuarantineState') || (set.has('ForceDeletes') && tooManyDeletes)) {
    job.status.quarantine = null;
    job.status.countSuccessiveCompleteFailures = 0;
  }
  if (job.schedule.state !== 'Active') job.schedule.state = 'Active';
  if (job.status.quarantine === null || !quarantined) {
    job.status.code = job.status.lastSuccessfulExecution ? 'Active' : 'NotRun';
  }
}
