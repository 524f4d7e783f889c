import template from '../../cards/history.json';
import type { TimelineRow } from '../alerts/timeline/timeline';
import { formatTime } from './format';
import { clip, LINE_CHARS } from './messageBudget';
import { AdaptiveCard, CardButton, renderTemplate, withSummary } from './render';

/** Rows a history card shows at once (each with its detail, hidden until clicked). */
export const HISTORY_ROWS_PER_PAGE = 10;

const KIND_LABEL: Record<TimelineRow['kind'], string> = {
  change: 'Change',
  approval: 'Approval',
  run: 'Run',
  alert: 'Alert',
  quarantine: 'Quarantine',
};

export interface HistoryCardModel {
  configurationName: string;
  /** "the last 7 days" */
  period: string;
  rows: TimelineRow[];
  page: number;
  pages: number;
  total: number;
  buttons: CardButton[];
}

/** A configuration's timeline, newest first: a click on a row shows its detail in place. */
export function renderHistoryCard(model: HistoryCardModel): AdaptiveCard {
  const card = renderTemplate('history', template, {
    title: `History of ${model.configurationName}`,
    subtitle:
      'Changes (in the portal or through the bot, by whom), approvals, runs, alerts and quarantines, ' +
      `${model.period}, newest first. Click a row for its detail.`,
    empty:
      model.total === 0 ? `Nothing happened to ${model.configurationName} ${model.period} that the bot knows of.` : '',
    rows: model.rows.map((row, i) => ({
      detailId: `detail-${i}`,
      when: formatTime(row.at),
      kind: KIND_LABEL[row.kind],
      title: clip(row.title, LINE_CHARS),
      who: row.who ? `by ${clip(row.who, 100)}` : '',
      detail: clip(row.detail || 'No more detail.', LINE_CHARS * 2),
    })),
    pageLine: model.total === 0 ? '' : `Page ${model.page} of ${model.pages} (${model.total} events)`,
    buttons: model.buttons,
  });
  return withSummary(card, `History of ${model.configurationName}: ${model.total} events ${model.period}`);
}
