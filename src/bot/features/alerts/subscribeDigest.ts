import { z } from 'zod';
import { defineOperation } from '../../operations/operation';
import type { AlertsServices } from './services';
import { configurationFilter, describeSubscription, saveSubscription } from './subscriptionCommands';

const HERE = /(?: (?:here|in this (?:channel|chat|conversation)))?/.source;
const SUBSCRIBE = /^subscribe(?: (?:this (?:channel|chat)|us))?(?: to)?(?: (?:a|the))?/.source;

/** "subscribe to daily digest here": a summary per configuration, shortly after midnight UTC. */
export const subscribeDigest = defineOperation<AlertsServices>()({
  name: 'subscribeDigest',
  title: 'Subscribe to the daily digest',
  role: 'operator',
  command: {
    description:
      'Posts a daily summary per configuration (created, updated, skipped, failed, top errors) in this channel ' +
      'or chat, shortly after midnight UTC.',
    parameters: z.object({
      configuration: z
        .string()
        .trim()
        .min(1)
        .max(200, 'a configuration name has at most 200 characters')
        .optional()
        .describe('Only this configuration'),
    }),
    examples: ['subscribe to daily digest here', 'subscribe to the digest for Contoso A'],
    patterns: [new RegExp(`${SUBSCRIBE} (?:daily )?digests?${HERE}(?: for (?<configuration>.+?))?${HERE}$`, 'i')],
    run:
      (services) =>
      async ({ context }, { configuration }) => {
        const filterConfiguration = await configurationFilter(services, configuration);
        const saved = await saveSubscription(context, services, (current) => ({
          filter: current?.alerts
            ? { ...current.filter, configuration: filterConfiguration ?? current.filter.configuration }
            : { configuration: filterConfiguration, quarantineOnly: false },
          alerts: current?.alerts ?? false,
          digest: true,
        }));
        await context.sendActivity(
          `Subscribed: this conversation gets ${describeSubscription(saved)}. ` +
            'The digest covers the previous UTC day. Say "unsubscribe from digest" to stop it.',
        );
      },
  },
});
