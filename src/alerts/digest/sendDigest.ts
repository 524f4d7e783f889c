import type { Logger } from '../../logging';
import { ConversationGoneError, Notifier } from '../notifier';
import type { SubscriptionStore } from '../subscriptions/subscriptionStore';
import type { MonitorCursor } from '../types';
import { utcDay } from './digest';
import type { DigestStore } from './digestStore';

export interface DigestDeps {
  digests: DigestStore;
  subscriptions: SubscriptionStore;
  notifier: Notifier;
  logger: Logger;
  now: () => Date;
}

/**
 * Once per UTC day, the first poll after midnight sends yesterday's numbers to subscriptions
 * that asked for a digest. The day sent is recorded in the cursor, so it goes out once.
 */
export async function sendDigestIfDue(deps: DigestDeps, cursor: MonitorCursor): Promise<MonitorCursor> {
  const today = utcDay(deps.now());
  if (cursor.lastDigestDay === undefined) return { ...cursor, lastDigestDay: today };
  if (cursor.lastDigestDay >= today) return cursor;
  const yesterday = utcDay(new Date(Date.parse(`${today}T00:00:00Z`) - 86_400_000));
  const digest = await deps.digests.get(yesterday);
  for (const subscription of (await deps.subscriptions.active()).filter((s) => s.digest)) {
    const configurations = subscription.filter.configuration
      ? digest.configurations.filter(
          (c) => c.servicePrincipalId === subscription.filter.configuration?.servicePrincipalId,
        )
      : digest.configurations;
    try {
      await deps.notifier.postDigest(subscription, { ...digest, configurations });
    } catch (error) {
      if (error instanceof ConversationGoneError)
        await deps.subscriptions.retire(
          subscription.id,
          `the bot can no longer post there (${error.status})`,
          deps.now(),
        );
      else deps.logger.warn({ err: error, subscription: subscription.id }, 'digest not delivered');
    }
  }
  return { ...cursor, lastDigestDay: today };
}
