import crypto from 'node:crypto';
import { setImmediate } from 'node:timers/promises';
import type { Tenant } from '../store/tenant';
import type { JobRecord, ServicePrincipalRecord, UserRecord } from '../store/types';
import { notificationSettings } from '../sync/secrets';
import { jobContext } from './context';
import { decide, stage } from './decide';
import { clearQuarantine, quarantine, quarantineReason, recordCycle } from './jobStatus';
import { logEntry, SYSTEM_INITIATOR } from './logEntry';
import { syncAll } from './scope';
import { type Decision, settledSignature } from './types';

export interface CycleOptions {
  /**
   * Minimum entry failures in a cycle before the escrow-proportion quarantine (real service: 5,000; scaled down here).
   */
  escrowMinFailures: number;
  /** When a quarantined job is next tried. */
  retryAfterMs: number;
  now?: number;
}

export interface CycleSummary {
  cycleId: string;
  configuration: string;
  servicePrincipalId: string;
  jobId: string;
  ran: boolean;
  note?: string;
  full: boolean;
  evaluated: number;
  logged: number;
  actions: Record<string, number>;
  failed: number;
  staged: number;
  statusCode: string;
  quarantineReason: string | null;
}

/**
 * Who a cycle looks at. A full cycle: everyone in scope (all users with SyncAll, else the assigned users and direct
 * members of assigned groups) plus the users it manages. An incremental cycle: only those changed since the
 * watermark, whose assignment changed, or that failed before (escrows) or wait for a delete.
 */
function candidates(source: Tenant, sp: ServicePrincipalRecord, job: JobRecord, full: boolean): UserRecord[] {
  const ids = new Set<string>();
  const watermark = full ? -1 : (job.engine.watermark ?? 0);
  const consider = (id: string): void => {
    const u = source.users.get(id);
    if (u && (u.meta.changedAt ?? 0) > watermark) ids.add(id);
  };
  if (syncAll(sp)) for (const u of source.users.all()) if ((u.meta.changedAt ?? 0) > watermark) ids.add(u.data.id);
  for (const a of sp.assignments.values()) {
    if (a.principalType === 'Group') source.groups.get(a.principalId)?.members.forEach(consider);
    else consider(a.principalId);
  }
  for (const id of job.engine.linked.keys()) consider(id);
  for (const id of [...job.engine.dirty, ...job.engine.escrows.keys(), ...job.engine.stagedDeletes]) ids.add(id);
  return [...ids].map((id) => source.users.get(id)).filter((u): u is UserRecord => !!u);
}

/**
 * One synchronization cycle of a configuration: evaluate every candidate, apply the actions, hold back deletions
 * over the accidental-deletion threshold, write one log entry per object that has something to say, and update
 * the job's status and quarantine as the real service does.
 */
export async function runCycle(
  source: Tenant,
  sp: ServicePrincipalRecord,
  job: JobRecord,
  ctxSim: Parameters<typeof jobContext>[0],
  opts: CycleOptions,
): Promise<CycleSummary> {
  const began = opts.now ?? Date.now();
  const cycleId = crypto.randomUUID();
  const summary: CycleSummary = {
    cycleId,
    configuration: sp.data.displayName,
    servicePrincipalId: sp.data.id,
    jobId: job.id,
    ran: false,
    full: job.engine.fullCycleDue,
    evaluated: 0,
    logged: 0,
    actions: {},
    failed: 0,
    staged: 0,
    statusCode: job.status.code,
    quarantineReason: quarantineReason(job) ?? null,
  };
  if (quarantineReason(job) === 'TooManyDeletes' && !job.engine.forceDeletes) {
    summary.note = 'quarantined (TooManyDeletes): waiting for a restart with ForceDeletes or a scope fix';
    return summary;
  }
  const ctx = jobContext(ctxSim, source, sp, job);
  const watermark = source.users.sequence;
  let decisions: Decision[] = [];
  for (const u of candidates(source, sp, job, summary.full)) {
    decisions.push(decide(ctx, u, 'cycle'));
    await breathe(decisions.length);
  }
  job.engine.dirty.clear();
  const settings = notificationSettings(sp.synchronization?.secrets ?? []);
  const deletes = decisions.filter((d) => d.deleteLike && d.status === 'success');
  const overThreshold =
    settings.DeleteThresholdEnabled && deletes.length >= settings.DeleteThresholdValue && !job.engine.forceDeletes;
  if (overThreshold)
    decisions = decisions.map((d) =>
      d.deleteLike && d.status === 'success' ? stage(d, settings.DeleteThresholdValue, ctx) : d,
    );
  if (!overThreshold) job.engine.stagedDeletes.clear();
  job.engine.forceDeletes = false;

  let logged = 0;
  let exports = 0;
  let exported = 0;
  let failed = 0;
  for (let i = 0; i < decisions.length; i++) {
    const d = decisions[i];
    await breathe(i);
    if (d.status !== 'failure') d.apply();
    if (d.status === 'failure') {
      failed++;
      job.engine.escrows.set(d.user.data.id, (job.engine.escrows.get(d.user.data.id) ?? 0) + 1);
    } else job.engine.escrows.delete(d.user.data.id);
    if (d.action !== 'other' && d.action !== 'stagedDelete') {
      exports++;
      if (d.status === 'success') exported++;
    }
    summary.actions[d.action] = (summary.actions[d.action] ?? 0) + 1;
    const previous = job.engine.lastSignatures.get(d.user.data.id);
    const worthLogging =
      summary.full ||
      d.status === 'failure' ||
      (d.action !== 'other' && d.action !== 'stagedDelete') ||
      previous !== d.signature;
    job.engine.lastSignatures.set(d.user.data.id, settledSignature(d));
    if (!worthLogging) continue;
    source.provisioningLogs.add(logEntry(ctx, d, { cycleId, at: Date.now(), initiatedBy: SYSTEM_INITIATOR }));
    logged++;
  }
  const entitled = decisions.filter(
    (d) => !(d.action === 'other' && d.status === 'skipped' && d.error?.errorCode === 'EntrySynchronizationSkipped'),
  ).length;
  const ended = Math.max(Date.now(), began + 1);
  const counts = { cycleId, began, ended, evaluated: decisions.length, entitled, logged, exports, exported, failed };

  const policyError = ctx.policy
    ? { code: failedCode(decisions) ?? 'AzureDirectoryB2BManagementPolicyCheckFailure', message: ctx.policy.message }
    : undefined;
  const completeFailure = !!policyError && (failed > 0 || entitled === 0);
  recordCycle(
    job,
    counts,
    completeFailure ? 'Failed' : failed > 0 ? 'EntryLevelErrors' : 'Succeeded',
    completeFailure ? policyError : undefined,
  );
  const retryAt = began + opts.retryAfterMs;
  if (overThreshold) {
    summary.staged = deletes.length;
    quarantine(
      job,
      'TooManyDeletes',
      {
        code: 'TooManyDeletes',
        message:
          `Provisioning has been quarantined: ${deletes.length} deletions in this cycle reached the ` +
          `accidental deletion threshold of ${settings.DeleteThresholdValue}. The deletions were held back; ` +
          `allow them with a restart using resetScope ForceDeletes, or fix the scope and restart.`,
      },
      began,
      retryAt,
    );
  } else if (completeFailure && Number(job.status.countSuccessiveCompleteFailures) >= 2) {
    quarantine(job, 'EncounteredQuarantineException', policyError!, began, retryAt);
  } else if (failed >= opts.escrowMinFailures && failed / Math.max(1, entitled) > 0.4) {
    quarantine(
      job,
      'EncounteredEscrowProportionThreshold',
      {
        code: 'EncounteredEscrowProportionThreshold',
        message:
          `${failed} of ${entitled} objects failed in this cycle (more than 40%). Fix the errors in ` +
          `the provisioning logs, then restart the job.`,
      },
      began,
      retryAt,
    );
  } else if (!completeFailure && failed === 0) {
    clearQuarantine(job);
  }
  job.engine.fullCycleDue = false;
  job.engine.watermark = watermark;
  job.engine.cycleCount++;
  Object.assign(summary, {
    ran: true,
    evaluated: decisions.length,
    logged,
    failed,
    statusCode: job.status.code,
    quarantineReason: quarantineReason(job) ?? null,
  });
  return summary;
}

/** Large cycles yield to the event loop now and then, so Graph calls are answered while a cycle runs. */
async function breathe(i: number): Promise<void> {
  if (i > 0 && i % 500 === 0) await setImmediate();
}

function failedCode(decisions: Decision[]): string | undefined {
  return decisions.find((d) => d.status === 'failure')?.error?.errorCode;
}
