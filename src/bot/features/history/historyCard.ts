import { buildTimeline } from '../../../alerts/timeline/timeline';
import { HISTORY_ROWS_PER_PAGE, renderHistoryCard } from '../../../cards/history';
import type { AdaptiveCard, CardButton } from '../../../cards/render';
import { Verb } from '../../../cards/verbs';
import type { SyncConfiguration } from '../../../domain';
import type { HistoryServices } from './services';

/** How far back a timeline looks, in days: what a button may carry. */
export const MAX_HISTORY_DAYS = 90;

const periodWords = (days: number) => (days === 1 ? 'today' : days === 7 ? 'this week' : `in the last ${days} days`);

/** One page of the configuration's timeline, read from the stores as they are now. */
export async function historyCard(
  services: HistoryServices,
  config: SyncConfiguration,
  request: { days: number; page: number },
): Promise<AdaptiveCard> {
  const now = services.now();
  const since = new Date(now.getTime() - request.days * 24 * 60 * 60 * 1000);
  const id = config.servicePrincipalId;
  const [changes, incidents, approvals] = await Promise.all([
    services.changes?.ofConfiguration(id, since) ?? [],
    services.incidents.all().then((all) => all.filter((i) => i.servicePrincipalId === id)),
    services.approvals?.list({ configurationId: id }) ?? [],
  ]);
  const rows = buildTimeline({
    configurationName: config.displayName,
    since,
    changes,
    approvals,
    incidents,
    job: config.job,
  });
  const pages = Math.max(1, Math.ceil(rows.length / HISTORY_ROWS_PER_PAGE));
  const page = Math.min(Math.max(1, request.page), pages);
  const button = (title: string, to: number): CardButton => ({
    title,
    verb: Verb.historyPage,
    data: { configurationId: id, days: String(request.days), page: String(to) },
  });
  return renderHistoryCard({
    configurationName: config.displayName,
    period: periodWords(request.days),
    rows: rows.slice((page - 1) * HISTORY_ROWS_PER_PAGE, page * HISTORY_ROWS_PER_PAGE),
    page,
    pages,
    total: rows.length,
    buttons: [...(page > 1 ? [button('Newer', page - 1)] : []), ...(page < pages ? [button('Older', page + 1)] : [])],
  });
}
