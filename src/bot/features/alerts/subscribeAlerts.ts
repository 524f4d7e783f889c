import { z } from 'zod';
import { defineOperation } from '../../operations/operation';
import type { AlertsServices } from './services';
import { configurationFilter, describeSubscription, saveSubscription } from './subscriptionCommands';

const HERE = /(?: (?:here|in this (?:channel|chat|conversation)))?/.source;
const FOR = /(?: for (?<configuration>.+?))?/.source;
const ONLY = /(?:,? \(?(?<only>quarantine)s? only\)?)?/.source;
const SUBSCRIBE = /^subscribe(?: (?:this (?:channel|chat)|us))?(?: to)?(?: (?:the|all))?/.source;

/** "subscribe to alerts here": one alert card per problem in this channel or chat, updated until it recovers. */
export const subscribeAlerts = defineOperation<AlertsServices>()({
  name: 'subscribeAlerts',
  title: 'Subscribe to alerts',
  role: 'operator',
  command: {
    description:
      'Posts an alert card in this channel or chat within a poll of a problem (quarantine, deletion threshold, ' +
      'failure bursts, broken policy or credentials, a stopped job), updated in place until it recovers. ' +
      'Optionally for one configuration, or quarantine only.',
    parameters: z.object({
      configuration: z
        .string()
        .trim()
        .min(1)
        .max(200, 'a configuration name has at most 200 characters')
        .optional()
        .describe('Only alerts of this configuration'),
      only: z.enum(['quarantine']).optional().describe('"quarantine": only alerts about quarantined jobs'),
    }),
    examples: [
      'subscribe to alerts here',
      'subscribe to alerts for Contoso A',
      'subscribe to alerts here quarantine only',
    ],
    patterns: [
      new RegExp(`${SUBSCRIBE}(?: (?:sync|provisioning))? alerts?${HERE}${FOR}${ONLY}${HERE}$`, 'i'),
      new RegExp(`${SUBSCRIBE} (?<only>quarantine) alerts?${HERE}${FOR}${HERE}$`, 'i'),
      /^subscribe(?: (?:here|this (?:channel|chat)))?$/i,
    ],
    run:
      (services) =>
      async ({ context }, { configuration, only }) => {
        const filterConfiguration = await configurationFilter(services, configuration);
        const saved = await saveSubscription(context, services, (current) => ({
          filter: { configuration: filterConfiguration, quarantineOnly: only === 'quarantine' },
          alerts: true,
          digest: current?.digest ?? false,
        }));
        await context.sendActivity(
          `Subscribed: this conversation gets ${describeSubscription(saved)}. ` +
            `I check every ${services.pollSeconds} seconds and post one card per problem, updated in place until ` +
            'it recovers. Say "unsubscribe" to stop.',
        );
      },
  },
});
