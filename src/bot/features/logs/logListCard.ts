import { formatTime } from '../../../cards/format';
import { renderLogListCard, LogRow } from '../../../cards/logList';
import type { AdaptiveCard, CardButton } from '../../../cards/render';
import { resultColor } from '../../../cards/status';
import { Verb } from '../../../cards/verbs';
import type { Page, ProvisioningLogEntry, SyncConfiguration } from '../../../domain';
import { provisioningLogsLink } from '../../../sync/logs/portalLinks';
import { buttonData } from '../../shared/buttonData';

/** What a log listing shows, as card buttons carry it (ids and keywords only; re-checked on click). */
export interface LogFilter {
  configurationId?: string;
  userId?: string;
  status?: 'failure' | 'skipped' | 'success';
  /** A time phrase ("today", "last 2 hours"), parsed again on every click. */
  when?: string;
}

export interface LogListing {
  filter: LogFilter;
  /** "Contoso A", "Adele Vance", or undefined for every configuration. */
  subject?: string;
  timeLabel?: string;
  page: Page<ProvisioningLogEntry>;
  pageNumber: number;
  config?: SyncConfiguration;
}

const KIND: Record<NonNullable<LogFilter['status']> | 'all', string> = {
  failure: 'Failures',
  skipped: 'Skipped users',
  success: 'Successful changes',
  all: 'Provisioning logs',
};

export function logListCard(listing: LogListing, verbs: ReadonlySet<string>): AdaptiveCard {
  const { filter, page } = listing;
  const kind = KIND[filter.status ?? 'all'];
  const data = (extra: Partial<LogFilter>): Record<string, string> => buttonData({ ...filter, ...extra });
  const buttons: CardButton[] = [];
  if (page.next)
    buttons.push({
      title: 'Next page',
      verb: Verb.logsPage,
      data: { ...data({}), cursor: page.next, page: String(listing.pageNumber + 1) },
    });
  if (filter.status !== 'failure')
    buttons.push({ title: 'Failures only', verb: Verb.logsFilter, data: data({ status: 'failure' }) });
  if (filter.status) buttons.push({ title: 'Everything', verb: Verb.logsFilter, data: { ...data({}), status: 'all' } });
  if (filter.when !== 'today') buttons.push({ title: 'Today', verb: Verb.logsFilter, data: data({ when: 'today' }) });
  if (filter.when !== 'last 7 days')
    buttons.push({ title: 'Last 7 days', verb: Verb.logsFilter, data: data({ when: 'last 7 days' }) });
  const rows: LogRow[] = page.items.map((e) => ({
    time: formatTime(e.activityDateTime).replace(' UTC', ''),
    user: e.sourceDisplayName ?? e.reportableIdentifier ?? e.sourceId ?? '(unknown)',
    action: e.action === 'other' ? '—' : e.action,
    status: e.status,
    statusColor: resultColor(e.status),
    code: (e.status === 'skipped' ? (e.skipReason ?? e.error?.code) : (e.error?.code ?? e.skipReason)) || '—',
    details: {
      title: 'Details',
      verb: Verb.logDetails,
      data: buttonData({ id: e.id, at: e.activityDateTime, userId: e.sourceId, configurationId: e.servicePrincipalId }),
    },
  }));
  const order = listing.timeLabel ? `${capitalize(listing.timeLabel)}, newest first` : 'Newest first';
  return renderLogListCard({
    title: `${kind}${listing.subject ? ` for ${listing.subject}` : ''}`,
    subtitle: `${order} · page ${listing.pageNumber}`,
    rows,
    emptyMessage:
      `No ${kind.toLowerCase()}${listing.timeLabel ? ` ${listing.timeLabel}` : ''}. ` + 'Logs are kept for 30 days.',
    footer:
      rows.length > 0 ? 'Select an entry for every step, the changed properties and the fix.' : 'Nothing to show.',
    buttons: buttons.filter((b) => verbs.has(b.verb)),
    links: [{ title: 'Open in Entra', url: provisioningLogsLink(listing.config) }],
  });
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
