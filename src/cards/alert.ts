import template from '../../cards/alert.json';
import type { Incident, Severity } from '../alerts/types';
import { formatTime } from './format';
import { AdaptiveCard, CardButton, Fact, renderTemplate } from './render';

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

const STYLE: Record<Severity, string> = { critical: 'attention', error: 'attention', warning: 'warning', info: 'accent' };
const LABEL: Record<Severity, string> = { critical: 'Critical', error: 'Error', warning: 'Warning', info: 'Info' };

export function renderAlertCard(model: AlertCardModel): AdaptiveCard {
  const { incident } = model;
  const resolved = incident.state === 'resolved';
  return renderTemplate(template, {
    style: resolved ? 'good' : STYLE[incident.severity],
    headline: `${resolved ? 'Recovered' : LABEL[incident.severity]} · ${incident.configurationName}`,
    title: resolved ? `Recovered: ${incident.title}` : incident.title,
    summary: resolved ? `This is over since ${formatTime(incident.resolvedAt)}. ${incident.summary}` : incident.summary,
    stateLine: stateLine(incident),
    facts: facts(incident),
    errors: model.errors.map((e) => ({ ...e, countText: e.count > 0 ? `(${e.count})` : '' })),
    users: incident.affectedUsers.join(', '),
    confirm: model.confirm ?? '',
    note: model.note ?? '',
    buttons: model.buttons,
  });
}

function stateLine(incident: Incident): string {
  const parts: string[] = [];
  if (incident.acknowledgedBy) parts.push(`Acknowledged by ${incident.acknowledgedBy.displayName} at ${formatTime(incident.acknowledgedBy.at)}`);
  if (incident.snoozedUntil && incident.state === 'open') parts.push(`Snoozed by ${incident.snoozedBy?.displayName ?? 'someone'} until ${formatTime(incident.snoozedUntil)}`);
  return parts.join(' · ');
}

function facts(incident: Incident): Fact[] {
  const list: Fact[] = [
    { title: 'Configuration', value: incident.configurationName },
    { title: 'Severity', value: LABEL[incident.severity] },
  ];
  if (incident.quarantineReason) list.push({ title: 'Quarantine reason', value: incident.quarantineReason });
  if (incident.totalFailures > 0) list.push({ title: 'Failures', value: String(incident.totalFailures) });
  if (incident.stagedDeletes > 0) list.push({ title: 'Deletes waiting', value: String(incident.stagedDeletes) });
  list.push({ title: 'Since', value: formatTime(incident.openedAt) });
  if (incident.updatedAt !== incident.openedAt) list.push({ title: 'Last change', value: formatTime(incident.updatedAt) });
  return list;
}
