import { z } from 'zod';
import { defineOperation } from '../../operations/operation';
import { subscriptionKey } from './conversation';
import type { AlertsServices } from './services';
import { describeSubscription } from './subscriptionCommands';
import { escapeMarkdown } from '../../../cards/markdown';

/** "subscriptions": the channels and chats that get alerts or the digest, and what each gets. */
export const listSubscriptions = defineOperation<AlertsServices>()({
  name: 'listSubscriptions',
  title: 'Alert subscriptions',
  role: 'reader',
  command: {
    description: 'Lists the channels and chats that receive alerts or the daily digest, and what each gets.',
    parameters: z.object({}),
    examples: ['subscriptions'],
    patterns: [/^(?:(?:list|show|get)(?: (?:the|all|my))? )?(?:alert )?subscriptions?$/i],
    run:
      ({ subscriptions }) =>
      async ({ context }) => {
        const all = await subscriptions.active();
        if (all.length === 0) {
          await context.sendActivity(
            'No conversation is subscribed to alerts yet. Say "subscribe to alerts here" in a channel or chat.',
          );
          return;
        }
        const here = subscriptionKey(context);
        const lines = all.map(
          (s) =>
            `- ${s.id === here ? '**This conversation**' : escapeMarkdown(s.conversationName ?? 'A conversation')}: ` +
            `${describeSubscription(s)} (by ${escapeMarkdown(s.createdBy.displayName || 'someone')})`,
        );
        await context.sendActivity([`Alert subscriptions (${all.length}):`, ...lines].join('\n'));
      },
  },
});
