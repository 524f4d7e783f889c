import type { Incident, Subscription } from '../types';
import type { ChangeWatch } from '../monitor/changeWatchPort';
import type { WatchedChange } from './types';
import { ChangeWatchDeps, watchChanges } from './watch';

/** How long before a failure a breaking change is still taken as its cause: a day covers any cycle interval. */
const CAUSE_WINDOW_MS = 24 * 60 * 60 * 1000;

/** Change watch as the monitor uses it: one read per poll, and the cause of a failure that opens. */
export function createChangeWatch(deps: ChangeWatchDeps): ChangeWatch {
  // The conversations of the poll under way: a failure's warning card is refreshed where it was posted.
  let subscriptions: readonly Subscription[] = [];
  return {
    poll: (input) => {
      subscriptions = input.subscriptions;
      return watchChanges(deps, input);
    },
    async linkCause(incident, now) {
      const since = new Date(now.getTime() - CAUSE_WINDOW_MS);
      // Acknowledged or not: the warning is still what caused it.
      const cause = (await deps.changes.ofConfiguration(incident.servicePrincipalId, since))
        .filter((c) => c.breaksNextCycle && Date.parse(c.at) <= now.getTime())
        .pop();
      if (!cause) return incident;
      // The warning card says it happened; the alert points at it instead of explaining the cause again.
      await markHappened(deps, cause, incident, subscriptions);
      return {
        ...incident,
        causedBy: {
          changeId: cause.id,
          who: cause.who.displayName,
          what: `${cause.what} ${cause.after === 'deleted' ? 'deleted' : `turned ${cause.after}`}`,
          at: cause.at,
          tenantName: cause.tenantName,
        },
      };
    },
  };
}

async function markHappened(
  deps: Pick<ChangeWatchDeps, 'changes' | 'notifier' | 'logger'>,
  cause: WatchedChange,
  incident: Incident,
  subscriptions: readonly Subscription[],
): Promise<void> {
  const updated = await deps.changes.update(cause.id, (c) =>
    c && !c.failedAt ? { ...c, failedAt: incident.openedAt, failureIncidentId: incident.id } : undefined,
  );
  if (!updated) return;
  deps.logger.info({ change: cause.id, incident: incident.id }, 'change watch: the warned failure happened');
  for (const [subscriptionId, activityId] of Object.entries(updated.posts)) {
    const subscription = subscriptions.find((s) => s.id === subscriptionId && !s.retiredAt);
    if (!subscription) continue;
    await deps.notifier
      .updateChange(subscription, activityId, updated)
      .catch((error) => deps.logger.warn({ err: error, subscription: subscriptionId }, 'warning card not refreshed'));
  }
}
