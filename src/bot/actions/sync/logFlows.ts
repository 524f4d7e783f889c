import type { AdaptiveCard } from '../../../cards/render';
import { CodedError, ErrorCode } from '../../../errors';
import type { Logger } from '../../../logging';
import { describeOutcome } from '../../../sync/provisioning/describeOutcome';
import { targetName } from '../../../sync/explain/explainService';
import { parseTimeRange } from '../../../sync/logs/timeRange';
import type { SyncConfiguration } from '../../../domain';
import type { BotDeps } from '../../deps';
import { logDetailsCard, LogFilter, logListCard } from './logCards';
import { operationsOf } from './operations';
import { configurationOfButton } from '../../shared/pickConfiguration';

/** The first page of a listing, or the page a cursor points at. */
export async function listLogs(
  deps: BotDeps,
  filter: LogFilter,
  next?: { cursor: string; pageNumber: number },
): Promise<AdaptiveCard> {
  const ops = operationsOf(deps);
  const range = filter.when ? parseTimeRange(filter.when) : undefined;
  if (filter.when && !range)
    throw new CodedError(
      ErrorCode.InvalidInput,
      `I can't read the time "${filter.when.slice(0, 40)}": say today, yesterday, this week, or last 2 hours / last 3 days.`,
    );
  const config = filter.configurationId ? await configurationOfButton(deps, filter.configurationId) : undefined;
  let subject = config?.displayName;
  if (filter.userId) {
    const user = await ops.provisioning.resolveUserById(filter.userId);
    if (user.kind !== 'found' && user.kind !== 'notInternal')
      throw new CodedError(ErrorCode.StaleAction, 'That user no longer exists in your tenant.', {
        userId: filter.userId,
      });
    subject = subject ? `${user.user.displayName} in ${subject}` : user.user.displayName;
  }
  const page = next
    ? await ops.logs.next(next.cursor)
    : await ops.logs.search({
        configurationId: config?.servicePrincipalId,
        userId: filter.userId,
        status: filter.status,
        since: range?.since,
        until: range?.until,
      });
  return logListCard(
    { filter, subject, timeLabel: range?.label, page, pageNumber: next?.pageNumber ?? 1, config },
    deps.verbs,
  );
}

/** One entry from what its button carries (id, time, user, configuration), looked up again. */
export async function logDetails(
  deps: BotDeps,
  log: Logger,
  ref: { id: string; at: string; userId?: string; configurationId?: string },
): Promise<AdaptiveCard> {
  const ops = operationsOf(deps);
  const entry = await ops.logs.entry(ref);
  if (!entry)
    throw new CodedError(
      ErrorCode.StaleAction,
      'That provisioning log entry is no longer available (logs are kept for 30 days).',
      { id: ref.id },
    );
  const configs = await deps.catalog.list();
  const config: SyncConfiguration | undefined = configs.find(
    (c) => c.servicePrincipalId.toLowerCase() === (entry.servicePrincipalId ?? '').toLowerCase(),
  );
  const view = describeOutcome(
    entry,
    {
      userName: entry.sourceDisplayName ?? entry.reportableIdentifier ?? 'the user',
      targetName: targetName(config),
      configName: config?.displayName ?? entry.servicePrincipalName ?? 'the configuration',
    },
    ops.knowledge,
  );
  log.info({ id: entry.id, status: entry.status }, 'showed a provisioning log entry');
  return logDetailsCard(entry, view, config, deps.verbs);
}

/** Reads "failures"/"errors"/"skipped"/"logs" as a status filter. */
export function statusOfWord(word: string | undefined): LogFilter['status'] {
  const w = (word ?? '').toLowerCase();
  if (/^(?:failures?|errors?|failed|problems?)$/.test(w)) return 'failure';
  if (/^(?:skips?|skipped)$/.test(w)) return 'skipped';
  if (/^(?:successes|successful|changes)$/.test(w)) return 'success';
  return undefined;
}
