import template from '../../cards/change.json';
import type { WatchedChange } from '../alerts/changes/types';
import { formatTime } from './format';
import { clip, LINE_CHARS } from './messageBudget';
import { AdaptiveCard, CardButton, Fact, renderTemplate, withSummary } from './render';

export interface ChangeCardModel {
  change: WatchedChange;
  buttons: CardButton[];
  /** A line about the last thing done from the card ("Undo requested by …", an explanation). */
  note?: string;
}

/**
 * An outside change to cross-tenant sync: who, what, before → after, and what it will do. A change that breaks the
 * next cycle is a warning; once that failure happened, the card says so.
 */
export function renderChangeCard(model: ChangeCardModel): AdaptiveCard {
  const { change } = model;
  const names = change.configurations.map((c) => c.displayName).join(', ');
  const kind = change.breaksNextCycle ? (change.failedAt ? 'Failed as warned' : 'Warning') : 'Change';
  const headline = `${kind} · ${names} · changed outside the bot`;
  const title = `${change.who.displayName} changed ${change.what} in ${change.tenantName}`;
  const card = renderTemplate('change', template, {
    style: change.breaksNextCycle ? (change.failedAt ? 'attention' : 'warning') : 'accent',
    headline: clip(headline, LINE_CHARS),
    title: clip(title, LINE_CHARS),
    consequence: clip(change.consequence, LINE_CHARS * 2),
    stateLine: stateLine(change),
    facts: facts(change),
    note: model.note ?? '',
    buttons: model.buttons,
  });
  return withSummary(card, clip(`${headline}: ${title}`, LINE_CHARS));
}

function facts(change: WatchedChange): Fact[] {
  const who = change.who.userPrincipalName
    ? `${change.who.displayName} (${change.who.userPrincipalName})`
    : change.who.displayName;
  const rows: Fact[] = [
    { title: 'Who', value: who },
    { title: 'When', value: formatTime(change.at) },
    { title: 'What', value: `${change.what} (${change.activity})` },
  ];
  if (change.before !== undefined || change.after !== undefined)
    rows.push({ title: 'Before → after', value: clip(`${change.before ?? '?'} → ${change.after ?? '?'}`, LINE_CHARS) });
  rows.push({ title: 'Tenant', value: `${change.tenantName} (${change.side})` });
  return rows;
}

function stateLine(change: WatchedChange): string {
  const parts: string[] = [];
  if (change.failedAt) parts.push(`The cycle failed at ${formatTime(change.failedAt)}, as warned`);
  if (change.acknowledgedBy)
    parts.push(`Acknowledged by ${change.acknowledgedBy.displayName} at ${formatTime(change.acknowledgedBy.at)}`);
  if (change.undoRequestedBy) parts.push(`Undo drafted by ${change.undoRequestedBy.displayName}`);
  return parts.join(' · ');
}
