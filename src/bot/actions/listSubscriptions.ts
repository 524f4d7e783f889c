import { z } from 'zod';
import { alertsOf } from '../alerts/deps';
import { subscriptionKey } from '../alerts/conversation';
import { describeSubscription } from '../alerts/subscriptionCommands';
import { defineAction } from './action';

export const listSubscriptions = defineAction({
  name: 'listSubscriptions',
  title: 'Alert subscriptions',
  description: 'Lists the channels and chats that receive alerts or the daily digest, and what each gets.',
  parameters: z.object({}),
  role: 'reader',
  examples: ['subscriptions'],
  patterns: [/^(?:(?:list|show|get)(?: (?:the|all|my))? )?(?:alert )?subscriptions?$/i],
  handler: (deps) => async (ctx) => {
    const all = await alertsOf(deps).subscriptions.active();
    if (all.length === 0) {
      await ctx.sendActivity(
        'No conversation is subscribed to alerts yet. Say "subscribe to alerts here" in a channel or chat.',
      );
      return '';
    }
    const here = subscriptionKey(ctx);
    const lines = all.map(
      (s) =>
        `- ${s.id === here ? '**This conversation**' : (s.conversationName ?? 'A conversation')}: ${describeSubscription(s)} (by ${s.createdBy.displayName || 'someone'})`,
    );
    await ctx.sendActivity([`Alert subscriptions (${all.length}):`, ...lines].join('\n'));
    return '';
  },
});
