import { describeChange } from '../../approvals/describe';
import type { ApprovalRequest } from '../../approvals/model';
import type { SyncJob } from '../../domain';
import type { WatchedChange } from '../changes/types';
import type { Incident } from '../types';

export type TimelineKind = 'change' | 'approval' | 'run' | 'alert' | 'quarantine';

/** One line of a configuration's history, with its detail (shown a click away). */
export interface TimelineRow {
  at: string;
  kind: TimelineKind;
  title: string;
  who?: string;
  detail: string;
}

export interface TimelineInput {
  configurationName: string;
  since: Date;
  /** Changes made outside the bot (change watch). */
  changes: readonly WatchedChange[];
  /** The configuration's change requests: the bot's own changes, by whom. */
  approvals: readonly ApprovalRequest[];
  incidents: readonly Incident[];
  job?: SyncJob;
}

const RUN_WORDS = { Succeeded: 'succeeded', Failed: 'failed', EntryLevelErrors: 'had entry errors' } as const;

const EVENT_WORDS: Record<string, string> = {
  requested: 'requested',
  approved: 'approved',
  rejected: 'rejected',
  cancelled: 'cancelled',
  expired: 'expired',
  applied: 'applied by the bot',
  failed: 'failed to apply',
  noLongerApplies: 'no longer applied',
};

/**
 * A configuration's history, newest first: changes (outside the bot, from the audit logs; through the bot, from its
 * approval requests), runs and their outcomes, alerts and quarantines. Pure: the caller reads the stores.
 */
export function buildTimeline(input: TimelineInput): TimelineRow[] {
  const rows: TimelineRow[] = [];
  for (const c of input.changes)
    rows.push({
      at: c.at,
      kind: 'change',
      title: `${c.what}: ${c.before ?? '?'} → ${c.after ?? '?'} (outside the bot)`,
      who: c.who.displayName,
      detail: [`${c.activity} in ${c.tenantName}.`, c.consequence, c.failedAt && 'The next cycle failed, as warned.']
        .filter(Boolean)
        .join(' '),
    });
  for (const request of input.approvals) {
    const what = describeChange(request.change, input.configurationName);
    for (const event of request.history) {
      const words = EVENT_WORDS[event.event];
      if (!words) continue;
      rows.push({
        at: event.at,
        kind: 'approval',
        title: `${what}: ${words}`,
        who: event.by?.displayName,
        // The "requested" event's note is the reason, and the apply's note its result: each said once, on its row.
        detail: [request.reason && `Reason: ${request.reason}`, event.note !== request.reason && event.note]
          .filter(Boolean)
          .join(' '),
      });
    }
  }
  for (const incident of input.incidents) {
    const kind: TimelineKind = incident.kind === 'quarantine' ? 'quarantine' : 'alert';
    rows.push({ at: incident.openedAt, kind, title: incident.title, detail: incident.summary });
    if (incident.resolvedAt)
      rows.push({ at: incident.resolvedAt, kind, title: `Recovered: ${incident.title}`, detail: incident.summary });
  }
  for (const run of runsOf(input.job)) rows.push(run);
  return rows
    .filter((r) => Date.parse(r.at) >= input.since.getTime())
    .sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
}

/** The job's last cycle and, when it failed, the last one that succeeded (all the job itself says). */
function runsOf(job: SyncJob | undefined): TimelineRow[] {
  const runs = [job?.lastExecution, job?.lastSuccessfulExecution].filter((r) => r?.timeBegan);
  const seen = new Set<string>();
  return runs.flatMap((run) => {
    if (!run || seen.has(run.timeBegan!)) return [];
    seen.add(run.timeBegan!);
    const error = run.error ? ` ${run.error.code}: ${run.error.message}` : '';
    return [
      {
        at: run.timeEnded ?? run.timeBegan!,
        kind: 'run' as const,
        title: `Cycle ${RUN_WORDS[run.state]}`,
        detail: `Imported ${run.countImported}, exported ${run.countExported}, escrowed ${run.countEscrowed}.${error}`,
      },
    ];
  });
}
