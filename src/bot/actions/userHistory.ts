import { z } from 'zod';
import { turnLogger } from '../turn/logger';
import { defineAction } from './action';
import { tellUserStory } from './sync/userStory';

const userName = z
  .string({ required_error: 'say which user' })
  .trim()
  .min(1, 'say which user')
  .max(256, 'a user name, UPN or mail has at most 256 characters')
  .describe('A user: name, UPN, mail or alias');

export const userHistory = defineAction({
  name: 'userHistory',
  title: 'What happened to a user',
  description:
    'Tells what provisioning last did with one user in each configuration (created, updated, skipped or failed, and why), from the provisioning logs.',
  parameters: z.object({ user: userName }),
  role: 'reader',
  examples: ['what happened to Adele Vance', 'history of Lee Gu'],
  patterns: [
    /^(?:what(?:'s| has| did)? happen(?:ed)? (?:to|with)|what about|history (?:of|for)|provisioning history (?:of|for)|(?:show|get) (?:me )?(?:the )?(?:provisioning )?history (?:of|for)) (?<user>.+)$/i,
  ],
  handler:
    (deps) =>
    async (ctx, _state, { user }) => {
      await tellUserStory(
        ctx,
        deps,
        turnLogger(ctx, deps.logger).child({ action: 'userHistory' }),
        { name: user },
        'history',
      );
      return '';
    },
});
