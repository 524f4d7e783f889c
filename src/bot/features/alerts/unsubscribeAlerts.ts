import { z } from 'zod';
import { defineOperation } from '../../operations/operation';
import { subscriptionKey } from './conversation';
import type { AlertsServices } from './services';
import { describeSubscription } from './subscriptionCommands';

const UNSUBSCRIBE = /^unsubscribe(?: (?:here|this (?:channel|chat)|us))?(?: from)?(?: (?:the|all))?/.source;
const HERE = /(?: (?:here|in this (?:channel|chat)))?$/.source;

/** "unsubscribe": no more alerts or digests here; "unsubscribe from digest" stops only the digest. */
export const unsubscribeAlerts = defineOperation<AlertsServices>()({
  name: 'unsubscribeAlerts',
  title: 'Unsubscribe',
  role: 'operator',
  command: {
    description:
      'Stops alerts (and the digest) in this channel or chat; "unsubscribe from digest" stops only the digest.',
    parameters: z.object({
      what: z.enum(['digest', 'everything']).optional().describe('"digest": stop only the daily digest'),
    }),
    examples: ['unsubscribe', 'unsubscribe from digest'],
    patterns: [
      new RegExp(`${UNSUBSCRIBE}(?: (?:daily )?(?<what>digest)s?)?${HERE}`, 'i'),
      new RegExp(`${UNSUBSCRIBE}(?: (?:sync |provisioning )?alerts?| everything)${HERE}`, 'i'),
      /^(?:stop|mute) (?:the )?alerts?(?: here)?$/i,
    ],
    run:
      ({ subscriptions }) =>
      async ({ context }, { what }) => {
        const key = subscriptionKey(context);
        if (what === 'digest') {
          const saved = await subscriptions.update(key, (current) =>
            current?.digest ? { ...current, digest: false } : undefined,
          );
          if (!saved?.digest && saved && !saved.alerts) await subscriptions.remove(key);
          const still = saved?.alerts ? ` This conversation still gets ${describeSubscription(saved)}.` : '';
          await context.sendActivity(
            saved ? `The daily digest is off here.${still}` : 'This conversation has no subscription.',
          );
          return;
        }
        const removed = await subscriptions.remove(key);
        await context.sendActivity(
          removed
            ? 'Unsubscribed: no more alerts or digests here.'
            : 'This conversation has no subscription, so there was nothing to stop.',
        );
      },
  },
});
