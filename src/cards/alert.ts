import template from '../../cards/alert.json';
import type { Incident, Severity } from '../alerts/types';
import { formatTime } from './format';
import { andMore, clip, firstOf, LINE_CHARS } from './messageBudget';
import { AdaptiveCard, CardButton, Fact, renderTemplate, withSummary } from './render';

/** What the card says about one error code (cause and fix from the knowledge base, when known). */
export interface AlertErrorView {
  code: string;
  count: number;
  cause: string;
  fix: string;
}

export interface AlertCardModel {
  incident: Incident;
  errors: AlertErrorView[];
  buttons: CardButton[];
  /** A confirmation question shown above the buttons (restart). */
  confirm?: string;
  /** A line about the last thing done from the card ("Restart requested by …"). */
  note?: string;
}

/** What an alert lists at most: the top error codes (cause and fix each) and the first affected users. */
export const ALERT_LIMITS = { errors: 5, users: 10 } as const;

const STYLE: Record<Severity, string> = {
  critical: 'attention',
  error: 'attention',
  warning: 'warning',
  info: 'accent',
};
const LABEL: Record<Severity, string> = { critical: 'Critical', error: 'Error', warning: 'Warning', info: 'Info' };

export function renderAlertCard(model: AlertCardModel): AdaptiveCard {
  const { incident } = model;
  const resolved = incident.state === 'resolved';
  const headline = `${resolved ? 'Recovered' : LABEL[incident.severity]} · ${incident.configurationName}`;
  const card = renderTemplate('alert', template, {
    style: resolved ? 'good' : STYLE[incident.severity],
    headline,
    title: resolved ? `Recovered: ${incident.title}` : incident.title,
    summary: clip(
      resolved
        ? `This is over since ${formatTime(incident.resolvedAt)}. ${incident.summary}`
        : causeOrSummary(incident),
      LINE_CHARS,
    ),
    stateLine: stateLine(incident),
    facts: facts(incident),
    errors: model.errors.slice(0, ALERT_LIMITS.errors).map((e) => ({
      code: clip(e.code, 100),
      countText: e.count > 0 ? `(${e.count})` : '',
      cause: clip(e.cause, LINE_CHARS),
      fix: clip(e.fix, LINE_CHARS),
    })),
    users: users(incident.affectedUsers),
    confirm: model.confirm ?? '',
    note: model.note ?? '',
    buttons: model.buttons,
  });
  // The notification: severity, configuration and what happened, instead of Teams' "Card".
  return withSummary(
    card,
    clip(`${headline}: ${resolved ? `Recovered: ${incident.title}` : incident.title}`, LINE_CHARS),
  );
}

/** A failure change watch warned of points at that warning instead of explaining the cause again. */
function causeOrSummary(incident: Incident): string {
  const cause = incident.causedBy;
  if (!cause) return incident.summary;
  return (
    `As warned at ${formatTime(cause.at)} (the change card above): ${cause.who} in ${cause.tenantName}, ` +
    `${cause.what}. The change card has the details and what to do.`
  );
}

/** "Adele Vance, Lee Gu …and 3 more." */
function users(names: string[]): string {
  const { shown, hidden } = firstOf(names, ALERT_LIMITS.users);
  return clip(shown.join(', '), LINE_CHARS * 2) + (hidden > 0 ? ` ${andMore(hidden)}` : '');
}

function stateLine(incident: Incident): string {
  const parts: string[] = [];
  if (incident.acknowledgedBy)
    parts.push(`Acknowledged by ${incident.acknowledgedBy.displayName} at ${formatTime(incident.acknowledgedBy.at)}`);
  if (incident.snoozedUntil && incident.state === 'open')
    parts.push(`Snoozed by ${incident.snoozedBy?.displayName ?? 'someone'} until ${formatTime(incident.snoozedUntil)}`);
  return parts.join(' · ');
}

function facts(incident: Incident): Fact[] {
  const list: Fact[] = [
    { title: 'Configuration', value: incident.configurationName },
    { title: 'Severity', value: LABEL[incident.severity] },
  ];
  if (incident.quarantineReason)
    list.push({ title: 'Quarantine reason', value: clip(incident.quarantineReason, LINE_CHARS) });
  if (incident.totalFailures > 0) list.push({ title: 'Failures', value: String(incident.totalFailures) });
  if (incident.stagedDeletes > 0) list.push({ title: 'Deletes waiting', value: String(incident.stagedDeletes) });
  list.push({ title: 'Since', value: formatTime(incident.openedAt) });
  if (incident.updatedAt !== incident.openedAt)
    list.push({ title: 'Last change', value: formatTime(incident.updatedAt) });
  return list;
}
