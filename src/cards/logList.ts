import template from '../../cards/log-list.json';
import type { CardLink } from './notice';
import { andMore, clip, firstOf, LINE_CHARS, NAME_CHARS } from './messageBudget';
import { AdaptiveCard, CardButton, renderTemplate } from './render';
import type { TextColor } from './format';

export interface LogRow {
  time: string;
  user: string;
  action: string;
  status: string;
  statusColor: TextColor;
  code: string;
  /** The details button of the row. */
  details: CardButton;
}

/**
 * Rows a log card holds at most: about 900 JSON characters each with a long user name and the row's details
 * button, so 12 and a Next button carrying Graph's cursor stay within the message budget (messageBudget.ts).
 * A page of the listing (LOG_PAGE_SIZE) must fit, or Next would skip what the card left out.
 */
export const MAX_LOG_ROWS = 12;

/** Provisioning log entries: one row each (time, user, action, status, error code), paging and filter buttons. */
export interface LogListModel {
  title: string;
  subtitle: string;
  summary?: string;
  rows: LogRow[];
  emptyMessage: string;
  footer: string;
  buttons: CardButton[];
  links: CardLink[];
}

export function renderLogListCard(model: LogListModel): AdaptiveCard {
  const rows = firstOf(model.rows, MAX_LOG_ROWS);
  return renderTemplate('log-list', template, {
    title: clip(model.title, LINE_CHARS),
    subtitle: clip(model.subtitle, LINE_CHARS),
    summary: clip(model.summary ?? '', LINE_CHARS),
    emptyMessage: model.emptyMessage,
    entries: rows.shown.map((r) => ({
      ...r,
      user: clip(r.user, NAME_CHARS),
      code: clip(r.code, NAME_CHARS),
      action: clip(r.action, 40),
      verb: r.details.verb,
      data: r.details.data,
    })),
    footer: rows.hidden > 0 ? `${model.footer} ${andMore(rows.hidden, 'entries')}` : model.footer,
    buttons: model.buttons,
    links: model.links,
  });
}
