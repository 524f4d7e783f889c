import type { AdaptiveCard } from '../../../cards/render';
import { CodedError, ErrorCode } from '../../../errors';
import { parseTimeRange } from '../../../sync/logs/timeRange';
import { configurationOfButton } from '../../shared/pickConfiguration';
import { type LogFilter, logListCard } from './logListCard';
import type { LogsServices } from './services';

/** The first page of a listing, or the page a cursor points at. */
export async function listLogs(
  services: LogsServices,
  filter: LogFilter,
  next?: { cursor: string; pageNumber: number },
): Promise<AdaptiveCard> {
  const range = filter.when ? parseTimeRange(filter.when) : undefined;
  if (filter.when && !range)
    throw new CodedError(
      ErrorCode.InvalidInput,
      `I can't read the time "${filter.when.slice(0, 40)}": ` +
        'say today, yesterday, this week, or last 2 hours / last 3 days.',
    );
  const config = filter.configurationId ? await configurationOfButton(services, filter.configurationId) : undefined;
  let subject = config?.displayName;
  if (filter.userId) {
    const user = await services.users.resolveUserById(filter.userId);
    if (user.kind !== 'found' && user.kind !== 'notInternal')
      throw new CodedError(ErrorCode.StaleAction, 'That user no longer exists in your tenant.', {
        userId: filter.userId,
      });
    subject = subject ? `${user.user.displayName} in ${subject}` : user.user.displayName;
  }
  const page = next
    ? await services.logs.next(next.cursor)
    : await services.logs.search({
        configurationId: config?.servicePrincipalId,
        userId: filter.userId,
        status: filter.status,
        since: range?.since,
        until: range?.until,
      });
  return logListCard(
    { filter, subject, timeLabel: range?.label, page, pageNumber: next?.pageNumber ?? 1, config },
    services.verbs,
  );
}
