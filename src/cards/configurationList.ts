import template from '../../cards/configuration-list.json';
import type { SyncConfiguration } from '../domain';
import { listStatus } from './attention';
import { lastRun, scopeLabel, targetName } from './format';
import { clip, NAME_CHARS } from './messageBudget';
import { AdaptiveCard, CardButton, renderTemplate } from './render';

/**
 * Rows on one page of the list. A row takes about 850 JSON characters when its name and target are long
 * (each clipped to NAME_CHARS); 20 of them with the header and buttons stay near 18,000 characters, within
 * the 40 KB message budget (messageBudget.ts) whatever the tenant holds. 25 such rows would not.
 */
export const CONFIGURATIONS_PER_PAGE = 20;

export interface ConfigurationListModel {
  /** This page's configurations, in the order shown; rows past CONFIGURATIONS_PER_PAGE are not shown. */
  configurations: SyncConfiguration[];
  /** Where the page sits in the whole list: its first row (from 1), how many there are and how many need attention. */
  position?: { first: number; total: number; attention: number };
  /** The text the list was narrowed to ("fabrikam"), if any. */
  filter?: string;
  /** A line about the page itself ("The list is shorter now: this is its last page."). */
  note?: string;
  /** The verb of the row's "Details" action; omitted when no route answers it. */
  detailsVerb?: string;
  /** Card-level buttons (previous, next, refresh). */
  buttons?: CardButton[];
}

export function renderConfigurationListCard(model: ConfigurationListModel): AdaptiveCard {
  const rows = model.configurations.slice(0, CONFIGURATIONS_PER_PAGE);
  const position = model.position ?? { first: 1, total: rows.length, attention: 0 };
  const filter = model.filter ? `"${clip(model.filter, NAME_CHARS)}"` : '';
  const card = renderTemplate('configuration-list', template, {
    title: 'Cross-tenant synchronization configurations',
    header: header(rows.length, position, filter),
    note: model.note ?? '',
    emptyMessage: filter
      ? `No configuration's name or target tenant matches ${filter}.`
      : 'This tenant has no cross-tenant synchronization configurations yet.',
    configurations: rows.map((c) => {
      const status = listStatus(c);
      return {
        id: c.servicePrincipalId,
        name: clip(c.displayName, NAME_CHARS),
        line:
          `To ${clip(targetName(c), NAME_CHARS)} (${c.target?.tenantId ?? 'tenant id unknown'}) · Last run: ` +
          `${lastRun(c.job)} · ${scopeLabel(c.scopeMode)}`,
        status: status.label,
        statusColor: status.color,
        detailsVerb: model.detailsVerb ?? '',
      };
    }),
    footer:
      rows.length > 0 && model.detailsVerb
        ? 'Select a configuration for its details. Those that need attention come first.'
        : '',
    buttons: model.buttons ?? [],
  });
  // The template leaves "selectAction": null on rows when there is no details verb: a row then is not selectable.
  if (!model.detailsVerb)
    for (const row of card.body as Array<Record<string, unknown>>)
      if (row.selectAction === null) delete row.selectAction;
  return card;
}

/** "Configurations 1–20 of 500 (3 need attention)", "2 configurations matching "fabrikam"". */
function header(shown: number, position: { first: number; total: number; attention: number }, filter: string): string {
  const matching = filter ? ` matching ${filter}` : '';
  const attention =
    position.attention === 0 ? '' : ` (${position.attention} need${position.attention === 1 ? 's' : ''} attention)`;
  if (shown === position.total)
    return (
      `${position.total === 0 ? 'No' : position.total} configuration${position.total === 1 ? '' : 's'}` +
      `${matching}${attention}`
    );
  return `Configurations ${position.first}–${position.first + shown - 1} of ${position.total}${matching}${attention}`;
}
