import type { Incident } from '../types';
import type { ChangeWatch } from '../monitor/changeWatchPort';
import { ChangeWatchDeps, watchChanges } from './watch';

/** How long before a failure a breaking change is still taken as its cause: a day covers any cycle interval. */
const CAUSE_WINDOW_MS = 24 * 60 * 60 * 1000;

/** Change watch as the monitor uses it: one read per poll, and the cause of a failure that opens. */
export function createChangeWatch(deps: ChangeWatchDeps): ChangeWatch {
  return {
    poll: (input) => watchChanges(deps, input),
    async linkCause(incident, now) {
      const since = new Date(now.getTime() - CAUSE_WINDOW_MS);
      const cause = (await deps.changes.ofConfiguration(incident.servicePrincipalId, since))
        .filter((c) => c.breaksNextCycle && c.state === 'open')
        .pop();
      if (!cause) return incident;
      // The warning card says it happened; the alert points at it instead of explaining the cause again.
      await markHappened(deps, cause.id, incident);
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
  deps: Pick<ChangeWatchDeps, 'changes' | 'logger'>,
  changeId: string,
  incident: Incident,
): Promise<void> {
  const updated = await deps.changes.update(changeId, (c) =>
    c && !c.failedAt ? { ...c, failedAt: incident.openedAt, failureIncidentId: incident.id } : undefined,
  );
  if (!updated) return;
  deps.logger.info({ change: changeId, incident: incident.id }, 'change watch: the warned failure happened');
}
