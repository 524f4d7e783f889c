import type { Logger } from '../../logging';
import { ConversationGoneError } from '../notifier';
import type { Subscription } from '../types';
import type { ChangeNotifier } from './auditSource';
import type { WatchedChange } from './types';

/** Who hears of a change: alert subscriptions not retired, not quarantine-only, for one of its configurations. */
export function wantsChange(subscription: Subscription, change: WatchedChange): boolean {
  if (subscription.retiredAt || !subscription.alerts || subscription.filter.quarantineOnly) return false;
  const only = subscription.filter.configuration?.servicePrincipalId;
  return !only || change.configurations.some((c) => c.servicePrincipalId === only);
}

/** Posts the change's card to each interested conversation; answers the posted ids by subscription. */
export async function deliverChange(
  change: WatchedChange,
  subscriptions: readonly Subscription[],
  deps: { notifier: ChangeNotifier; logger: Logger },
): Promise<Record<string, string>> {
  const posted: Record<string, string> = {};
  for (const subscription of subscriptions) {
    if (!wantsChange(subscription, change)) continue;
    const log = deps.logger.child({ subscription: subscription.id, change: change.id });
    try {
      const id = await deps.notifier.postChange(subscription, change);
      if (id) posted[subscription.id] = id;
      log.info({ activityId: id }, 'change card posted');
    } catch (error) {
      // A conversation that is gone is retired by the next alert delivery; a change card is not posted twice.
      if (error instanceof ConversationGoneError)
        log.warn({ status: error.status }, 'change card not posted: conversation gone');
      else log.warn({ err: error }, 'change card not posted');
    }
  }
  return posted;
}
