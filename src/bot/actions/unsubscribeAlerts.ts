import { z } from 'zod';
import { alertsOf } from '../alerts/deps';
import { subscriptionKey } from '../alerts/conversation';
import { describeSubscription } from '../alerts/subscriptionCommands';
import { defineAction } from './action';

export const unsubscribeAlerts = defineAction({
  name: 'unsubscribeAlerts',
  title: 'Unsubscribe',
  description:
    'Stops alerts (and the digest) in this channel or chat; "unsubscribe from digest" stops only the digest.',
  parameters: z.object({
    what: z.enum(['digest', 'everything']).optional().describe('"digest": stop only the daily digest'),
  }),
  role: 'operator',
  examples: ['unsubscribe', 'unsubscribe from digest'],
  patterns: [
    /^unsubscribe(?: (?:here|this (?:channel|chat)|us))?(?: from)?(?: (?:the|all))?(?: (?:daily )?(?<what>digest)s?)?(?: (?:here|in this (?:channel|chat)))?$/i,
    /^unsubscribe(?: (?:here|this (?:channel|chat)|us))?(?: from)?(?: (?:the|all))?(?: (?:sync |provisioning )?alerts?| everything)(?: (?:here|in this (?:channel|chat)))?$/i,
    /^(?:stop|mute) (?:the )?alerts?(?: here)?$/i,
  ],
  handler:
    (deps) =>
    async (ctx, _state, { what }) => {
      const alerts = alertsOf(deps);
      const key = subscriptionKey(ctx);
      if (what === 'digest') {
        const saved = await alerts.subscriptions.update(key, (current) =>
          current?.digest ? { ...current, digest: false } : undefined,
        );
        if (!saved?.digest && saved && !saved.alerts) await alerts.subscriptions.remove(key);
        await ctx.sendActivity(
          saved
            ? `The daily digest is off here.${saved.alerts ? ` This conversation still gets ${describeSubscription(saved)}.` : ''}`
            : 'This conversation has no subscription.',
        );
        return '';
      }
      const removed = await alerts.subscriptions.remove(key);
      await ctx.sendActivity(
        removed
          ? 'Unsubscribed: no more alerts or digests here.'
          : 'This conversation has no subscription, so there was nothing to stop.',
      );
      return '';
    },
});
