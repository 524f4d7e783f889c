import { z } from 'zod';
import { alertsOf } from '../alerts/deps';
import { configurationFilter, describeSubscription, saveSubscription } from '../alerts/subscriptionCommands';
import { defineAction } from './action';

const HERE = /(?: (?:here|in this (?:channel|chat|conversation)))?/.source;
const FOR = /(?: for (?<configuration>.+?))?/.source;
const ONLY = /(?:,? \(?(?<only>quarantine)s? only\)?)?/.source;

export const subscribeAlerts = defineAction({
  name: 'subscribeAlerts',
  title: 'Subscribe to alerts',
  description:
    'Posts an alert card in this channel or chat within a poll of a problem (quarantine, deletion threshold, failure bursts, broken policy or credentials, a stopped job), updated in place until it recovers. Optionally for one configuration, or quarantine only.',
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
  role: 'operator',
  examples: [
    'subscribe to alerts here',
    'subscribe to alerts for Contoso A',
    'subscribe to alerts here quarantine only',
  ],
  patterns: [
    new RegExp(
      `^subscribe(?: (?:this (?:channel|chat)|us))?(?: to)?(?: (?:the|all))?(?: (?:sync|provisioning))? alerts?${HERE}${FOR}${ONLY}${HERE}$`,
      'i',
    ),
    new RegExp(
      `^subscribe(?: (?:this (?:channel|chat)|us))?(?: to)?(?: (?:the|all))? (?<only>quarantine) alerts?${HERE}${FOR}${HERE}$`,
      'i',
    ),
    /^subscribe(?: (?:here|this (?:channel|chat)))?$/i,
  ],
  handler:
    (deps) =>
    async (ctx, _state, { configuration, only }) => {
      const filterConfiguration = await configurationFilter(deps, configuration);
      const saved = await saveSubscription(ctx, deps, (current) => ({
        filter: { configuration: filterConfiguration, quarantineOnly: only === 'quarantine' },
        alerts: true,
        digest: current?.digest ?? false,
      }));
      const seconds = alertsOf(deps).pollSeconds;
      await ctx.sendActivity(
        `Subscribed: this conversation gets ${describeSubscription(saved)}. I check every ${seconds} seconds and post one card per problem, updated in place until it recovers. Say "unsubscribe" to stop.`,
      );
      return '';
    },
});
