import type { ErrorCount, Finding, Incident } from '../types';
import { maxSeverity, worse } from './severity';

export type IncidentChange = 'opened' | 'worse' | 'updated' | 'unchanged' | 'resolved' | 'snoozeEnded';

/** Adds this poll's error counts to the incident's, most frequent first. */
function addCounts(known: ErrorCount[], seen: ErrorCount[]): ErrorCount[] {
  const byCode = new Map(known.map((e) => [e.code, { ...e }]));
  for (const e of seen) {
    const current = byCode.get(e.code);
    if (current) {
      current.count += e.count;
      current.reason ??= e.reason;
    } else byCode.set(e.code, { ...e });
  }
  return [...byCode.values()].sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
}

function union(a: string[], b: string[], limit: number): string[] {
  return [...new Set([...a, ...b])].slice(0, limit);
}

export function openIncident(
  id: string,
  previous: Incident | undefined,
  finding: Finding,
  config: { servicePrincipalId: string; displayName: string },
  now: string,
  evidenceThrough?: string,
): Incident {
  return {
    id,
    series: (previous?.series ?? 0) + 1,
    state: 'open',
    kind: finding.kind,
    discriminator: finding.discriminator,
    servicePrincipalId: config.servicePrincipalId,
    configurationName: config.displayName,
    severity: finding.severity,
    title: finding.title,
    summary: finding.summary,
    quarantineReason: finding.quarantineReason,
    errors: finding.errors,
    totalFailures: finding.newFailures,
    stagedDeletes: finding.stagedDeletes,
    affectedUsers: finding.affectedUsers,
    openedAt: now,
    updatedAt: now,
    countedThrough: evidenceThrough,
    posts: {},
  };
}

/**
 * The open incident seen again. Counts grow only with entries newer than countedThrough, so a
 * poll replayed after a lost lease adds nothing. "worse" is a higher severity or a new quarantine.
 */
export function continueIncident(
  incident: Incident,
  finding: Finding,
  now: string,
  evidenceThrough?: string,
  limit = 5,
): { incident: Incident; change: IncidentChange } {
  const fresh =
    evidenceThrough !== undefined &&
    (incident.countedThrough === undefined || Date.parse(evidenceThrough) > Date.parse(incident.countedThrough));
  const gotWorse =
    worse(finding.severity, incident.severity) || (!!finding.quarantineReason && !incident.quarantineReason);
  // A milder finding (quarantine over, failures go on) keeps the words of the worse state until it resolves.
  const milder = worse(incident.severity, finding.severity);
  const next: Incident = {
    ...incident,
    severity: maxSeverity(incident.severity, finding.severity),
    title: milder ? incident.title : finding.title,
    summary: milder ? incident.summary : finding.summary,
    quarantineReason: finding.quarantineReason ?? incident.quarantineReason,
    errors: fresh
      ? addCounts(incident.errors, finding.errors)
      : addCounts(
          incident.errors,
          finding.errors
            .filter((e) => !incident.errors.some((k) => k.code === e.code))
            .map((e) => ({ ...e, count: 0 })),
        ),
    totalFailures: incident.totalFailures + (fresh ? finding.newFailures : 0),
    stagedDeletes: incident.stagedDeletes + (fresh ? finding.stagedDeletes : 0),
    affectedUsers: union(incident.affectedUsers, finding.affectedUsers, limit),
    countedThrough: fresh ? evidenceThrough : incident.countedThrough,
  };
  const changed = JSON.stringify({ ...next, updatedAt: '' }) !== JSON.stringify({ ...incident, updatedAt: '' });
  if (changed) next.updatedAt = now;
  return { incident: next, change: gotWorse ? 'worse' : changed ? 'updated' : 'unchanged' };
}
