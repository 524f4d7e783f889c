import template from '../../cards/log-list.json';
import type { CardLink } from './notice';
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
  return renderTemplate(template, {
    title: model.title,
    subtitle: model.subtitle,
    summary: model.summary ?? '',
    emptyMessage: model.emptyMessage,
    entries: model.rows.map((r) => ({ ...r, verb: r.details.verb, data: r.details.data })),
    footer: model.footer,
    buttons: model.buttons,
    links: model.links,
  });
}
