import { formatTime } from '../../../cards/format';
import { renderLogListCard, LogRow } from '../../../cards/logList';
import { renderNoticeCard, NoticeSection } from '../../../cards/notice';
import { renderOutcomeCard } from '../../../cards/outcome';
import type { AdaptiveCard, CardButton, Fact } from '../../../cards/render';
import { resultColor } from '../../../cards/status';
import { Verb } from '../../../cards/verbs';
import { targetName, UserExplanation } from '../../../sync/explain/explainService';
import { provisioningLogsLink } from '../../../sync/logs/portalLinks';
import type { Page, ProvisioningLogEntry, SyncConfiguration } from '../../../domain';
import type { OutcomeView } from '../../../sync/provisioning/describeOutcome';

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
  const data = (extra: Partial<LogFilter>): Record<string, string> => strip({ ...filter, ...extra });
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
      data: strip({ id: e.id, at: e.activityDateTime, userId: e.sourceId, configurationId: e.servicePrincipalId }),
    },
  }));
  return renderLogListCard({
    title: `${kind}${listing.subject ? ` for ${listing.subject}` : ''}`,
    subtitle: `${listing.timeLabel ? `${capitalize(listing.timeLabel)}, newest first` : 'Newest first'} · page ${listing.pageNumber}`,
    rows,
    emptyMessage: `No ${kind.toLowerCase()}${listing.timeLabel ? ` ${listing.timeLabel}` : ''}. Logs are kept for 30 days.`,
    footer:
      rows.length > 0 ? 'Select an entry for every step, the changed properties and the fix.' : 'Nothing to show.',
    buttons: buttons.filter((b) => verbs.has(b.verb)),
    links: [{ title: 'Open in Entra', url: provisioningLogsLink(listing.config) }],
  });
}

/** One log entry in full: every step, old → new values, the error and what to do, and the admin center link. */
export function logDetailsCard(
  entry: ProvisioningLogEntry,
  view: OutcomeView,
  config: SyncConfiguration | undefined,
  verbs: ReadonlySet<string>,
): AdaptiveCard {
  const facts: Fact[] = [
    { title: 'Time', value: formatTime(entry.activityDateTime) },
    {
      title: 'Configuration',
      value: config ? `${config.displayName} → ${targetName(config)}` : (entry.servicePrincipalName ?? 'unknown'),
    },
    {
      title: 'User',
      value:
        [entry.sourceDisplayName, entry.reportableIdentifier].filter(Boolean).join(' · ') ||
        (entry.sourceId ?? 'unknown'),
    },
    { title: 'Action', value: entry.action },
    { title: 'Status', value: entry.status },
  ];
  if (entry.initiatedBy) facts.push({ title: 'Initiated by', value: entry.initiatedBy });
  if (entry.durationMs !== undefined) facts.push({ title: 'Duration', value: `${entry.durationMs} ms` });
  if (entry.changeId) facts.push({ title: 'Change id', value: entry.changeId });
  if (entry.cycleId) facts.push({ title: 'Cycle id', value: entry.cycleId });
  const buttons: CardButton[] = [];
  if (view.error)
    buttons.push({
      title: `Explain ${view.error.code}`,
      verb: Verb.explainCode,
      data: strip({ code: view.error.code, configurationId: entry.servicePrincipalId }),
    });
  if (entry.sourceId)
    buttons.push({
      title: 'Provision again now',
      verb: Verb.provisionUser,
      data: strip({ userId: entry.sourceId, configurationId: entry.servicePrincipalId }),
    });
  return renderOutcomeCard({
    title: `${entry.sourceDisplayName ?? entry.reportableIdentifier ?? 'A user'}: ${entry.action} ${entry.status}`,
    subtitle: 'Provisioning log entry',
    tone: view.tone,
    headline: view.headline,
    details: view.details,
    facts,
    steps: view.steps,
    changes: view.changes,
    error: view.error,
    findings: view.findings,
    buttons: buttons.filter((b) => verbs.has(b.verb)),
    links: [{ title: 'Open provisioning logs in Entra', url: provisioningLogsLink(config) }],
  });
}

/** "what happened to Adele Vance" / "why was Lee Gu skipped?": the newest entry per configuration, in plain words. */
export function userStoryCard(
  story: UserExplanation,
  question: 'history' | 'why',
  verbs: ReadonlySet<string>,
): AdaptiveCard {
  const { user } = story;
  const sections: NoticeSection[] = story.latest.map(({ configuration, entry, view }) => ({
    title: `${configuration?.displayName ?? entry.servicePrincipalName ?? 'A configuration'} → ${targetName(configuration)} · ${formatTime(entry.activityDateTime)}`,
    lines: [
      {
        text: view.headline,
        color: view.tone === 'attention' ? 'Attention' : view.tone === 'warning' ? 'Warning' : 'Good',
      },
      ...view.details,
      ...(view.error ? [`Why: ${view.error.cause}`, `Fix: ${view.error.fix}`] : []),
    ],
  }));
  if (story.scope) {
    sections.push({
      title: 'Scope today',
      lines: story.scope.map(
        (s) =>
          `${s.inScope ? '✅' : '❌'} ${s.config.displayName} (to ${targetName(s.config)}): ${s.inScope ? 'in scope' : 'not in scope'}, ${s.reason}.`,
      ),
    });
  }
  const first = story.latest[0];
  const buttons: CardButton[] = [];
  if (first)
    buttons.push({
      title: 'Every step of the latest',
      verb: Verb.logDetails,
      data: strip({
        id: first.entry.id,
        at: first.entry.activityDateTime,
        userId: first.entry.sourceId,
        configurationId: first.entry.servicePrincipalId,
      }),
    });
  buttons.push({ title: 'All log entries', verb: Verb.logsFilter, data: { userId: user.id } });
  buttons.push({ title: 'Provision now', verb: Verb.provisionUser, data: { userId: user.id } });
  const skippedOrFailed = story.latest.filter((i) => i.view.result === 'skipped' || i.view.result === 'failed');
  const lines =
    story.latest.length === 0
      ? [
          `No provisioning log mentions ${user.displayName} (logs are kept for 30 days): no cycle or provision on demand has evaluated the user lately.`,
        ]
      : question === 'why' && skippedOrFailed.length === 0
        ? [`${user.displayName} was not skipped the last time: see what happened below.`]
        : [];
  return renderNoticeCard({
    title: question === 'why' ? `Why: ${user.displayName}` : `What happened to ${user.displayName}`,
    subtitle: user.userPrincipalName,
    tone: skippedOrFailed.length > 0 ? 'warning' : 'default',
    lines,
    sections,
    buttons: buttons.filter((b) => verbs.has(b.verb)),
  });
}

function strip(o: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(o).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1].length > 0),
  );
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
