import { z } from 'zod';
import { configurationFilter, describeSubscription, saveSubscription } from '../alerts/subscriptionCommands';
import { defineAction } from './action';

const HERE = /(?: (?:here|in this (?:channel|chat|conversation)))?/.source;

export const subscribeDigest = defineAction({
  name: 'subscribeDigest',
  title: 'Subscribe to the daily digest',
  description:
    'Posts a daily summary per configuration (created, updated, skipped, failed, top errors) in this channel or chat, shortly after midnight UTC.',
  parameters: z.object({
    configuration: z
      .string()
      .trim()
      .min(1)
      .max(200, 'a configuration name has at most 200 characters')
      .optional()
      .describe('Only this configuration'),
  }),
  role: 'operator',
  examples: ['subscribe to daily digest here', 'subscribe to the digest for Contoso A'],
  patterns: [
    new RegExp(
      `^subscribe(?: (?:this (?:channel|chat)|us))?(?: to)?(?: (?:a|the))? (?:daily )?digests?${HERE}(?: for (?<configuration>.+?))?${HERE}$`,
      'i',
    ),
  ],
  handler:
    (deps) =>
    async (ctx, _state, { configuration }) => {
      const filterConfiguration = await configurationFilter(deps, configuration);
      const saved = await saveSubscription(ctx, deps, (current) => ({
        filter: current?.alerts
          ? { ...current.filter, configuration: filterConfiguration ?? current.filter.configuration }
          : { configuration: filterConfiguration, quarantineOnly: false },
        alerts: current?.alerts ?? false,
        digest: true,
      }));
      await ctx.sendActivity(
        `Subscribed: this conversation gets ${describeSubscription(saved)}. The digest covers the previous UTC day. Say "unsubscribe from digest" to stop it.`,
      );
      return '';
    },
});
