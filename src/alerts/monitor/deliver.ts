import type { Logger } from '../../logging';
import type { IncidentUpdate } from '../incidents/reconcile';
import { ConversationGoneError, Notifier } from '../notifier';
import type { SubscriptionStore } from '../subscriptions/subscriptionStore';
import { wants } from '../subscriptions/matches';
import type { Subscription } from '../types';

export interface DeliveryDeps {
  notifier: Notifier;
  subscriptions: SubscriptionStore;
  logger: Logger;
  now: () => Date;
}

/**
 * Tells every interested conversation about one incident change: a new card where none was
 * posted, the posted card updated in place otherwise, and a short message on recovery or when
 * it got worse. An open incident seen unchanged is posted only where it was never posted (a
 * conversation that subscribed while it lasted). Returns the posted message ids by subscription (to keep with the
 * incident). A conversation the bot was removed from retires its subscription; other failures are logged
 * and retried with the next change.
 */
export async function deliver(
  update: IncidentUpdate,
  subscriptions: Subscription[],
  deps: DeliveryDeps,
): Promise<Record<string, string>> {
  const { incident, change } = update;
  const posted: Record<string, string> = {};
  for (const subscription of subscriptions) {
    const existing = incident.posts[subscription.id];
    const log = deps.logger.child({
      subscription: subscription.id,
      incident: incident.id,
      series: incident.series,
      change,
    });
    try {
      if (existing) {
        if (change === 'unchanged') continue;
        // A snoozed incident's card still shows the latest counts, quietly (an edit does not notify).
        await deps.notifier.updateIncident(subscription, existing, incident);
        if (update.notify && (change === 'resolved' || change === 'worse'))
          await deps.notifier.announce(subscription, incident, change);
        log.info('alert card updated');
      } else if ((update.notify || change === 'unchanged') && change !== 'resolved' && wants(subscription, incident)) {
        const id = await deps.notifier.postIncident(subscription, incident);
        if (id) posted[subscription.id] = id;
        log.info({ activityId: id }, 'alert posted');
      }
    } catch (error) {
      if (error instanceof ConversationGoneError) {
        await deps.subscriptions.retire(
          subscription.id,
          `the bot can no longer post there (${error.status})`,
          deps.now(),
        );
        subscription.retiredAt = deps.now().toISOString();
        log.warn({ status: error.status }, 'conversation gone: subscription retired');
      } else {
        log.warn({ err: error }, 'alert not delivered; it is tried again with the next change');
      }
    }
  }
  return posted;
}
