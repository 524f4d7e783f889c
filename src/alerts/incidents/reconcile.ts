import type { AlertSettings } from '../settings';
import type { ConfigurationSnapshot, Finding, Incident } from '../types';
import { continueIncident, IncidentChange, openIncident } from './merge';
import { isRecovered } from './resolution';
import { incidentId } from './signature';
import { worse } from './severity';

export interface ReconcileInput {
  config: ConfigurationSnapshot;
  findings: Finding[];
  /** The stored incidents of this configuration (open or last resolved), by id. */
  known: ReadonlyMap<string, Incident>;
  ranSinceLastPoll: boolean;
  /** Newest activityDateTime among this poll's entries. */
  evidenceThrough?: string;
  now: Date;
  settings: AlertSettings;
}

export interface IncidentUpdate {
  incident: Incident;
  change: IncidentChange;
  /** Whether the channels hear about it now (a snoozed incident stays quiet unless it gets worse). */
  notify: boolean;
}

/** Findings against stored incidents: what opens, continues, gets worse, ends its snooze, or recovers. Pure. */
export function reconcile(input: ReconcileInput): IncidentUpdate[] {
  const { config, findings, known, now } = input;
  const at = now.toISOString();
  const updates: IncidentUpdate[] = [];
  const seen = new Set<string>();
  for (const finding of findings) {
    const id = incidentId(config.servicePrincipalId, finding.kind, finding.discriminator);
    seen.add(id);
    const stored = known.get(id);
    if (!stored || stored.state === 'resolved') {
      updates.push({
        incident: openIncident(id, stored, finding, config, at, input.evidenceThrough),
        change: 'opened',
        notify: true,
      });
      continue;
    }
    const { incident, change } = continueIncident(
      stored,
      finding,
      at,
      input.evidenceThrough,
      input.settings.affectedUsersShown,
    );
    updates.push(snoozeAware(stored, incident, change, now));
  }
  for (const stored of known.values()) {
    if (seen.has(stored.id) || stored.state !== 'open') continue;
    if (isRecovered(stored, config, input.ranSinceLastPoll)) {
      updates.push({
        incident: { ...stored, state: 'resolved', resolvedAt: at, updatedAt: at },
        change: 'resolved',
        notify: true,
      });
    } else if (snoozeOver(stored, now)) {
      updates.push({
        incident: { ...stored, snoozedUntil: undefined, snoozedAtSeverity: undefined, updatedAt: at },
        change: 'snoozeEnded',
        notify: true,
      });
    }
  }
  return updates;
}

function snoozeOver(incident: Incident, now: Date): boolean {
  return !!incident.snoozedUntil && Date.parse(incident.snoozedUntil) <= now.getTime();
}

function snoozeAware(before: Incident, after: Incident, change: IncidentChange, now: Date): IncidentUpdate {
  const snoozed = !!before.snoozedUntil && !snoozeOver(before, now);
  if (!snoozed) {
    if (before.snoozedUntil)
      return {
        incident: { ...after, snoozedUntil: undefined, snoozedAtSeverity: undefined },
        change: change === 'unchanged' ? 'snoozeEnded' : change,
        notify: true,
      };
    return { incident: after, change, notify: change !== 'unchanged' };
  }
  const gotWorse = change === 'worse' && worse(after.severity, before.snoozedAtSeverity ?? before.severity);
  const quarantinedSince = !!after.quarantineReason && !before.quarantineReason;
  if (gotWorse || quarantinedSince)
    return {
      incident: { ...after, snoozedUntil: undefined, snoozedAtSeverity: undefined },
      change: 'worse',
      notify: true,
    };
  return { incident: after, change, notify: false };
}
