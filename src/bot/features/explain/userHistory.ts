import { z } from 'zod';
import { defineOperation } from '../../operations/operation';
import type { ExplainServices } from './services';
import { tellUserStory } from './userStory';

const userName = z
  .string({ required_error: 'say which user' })
  .trim()
  .min(1, 'say which user')
  .max(256, 'a user name, UPN or mail has at most 256 characters')
  .describe('A user: name, UPN, mail or alias');

const HAPPENED = [
  /what(?:'s| has| did)? happen(?:ed)? (?:to|with)/,
  /what about/,
  /history (?:of|for)/,
  /provisioning history (?:of|for)/,
  /(?:show|get) (?:me )?(?:the )?(?:provisioning )?history (?:of|for)/,
]
  .map((r) => r.source)
  .join('|');

/** "what happened to Adele Vance": what provisioning last did with the user in each configuration. */
export const userHistory = defineOperation<ExplainServices>()({
  name: 'userHistory',
  title: 'What happened to a user',
  role: 'reader',
  command: {
    description:
      'Tells what provisioning last did with one user in each configuration (created, updated, skipped or ' +
      'failed, and why), from the provisioning logs.',
    parameters: z.object({ user: userName }),
    examples: ['what happened to Adele Vance', 'history of Lee Gu'],
    patterns: [new RegExp(`^(?:${HAPPENED}) (?<user>.+)$`, 'i')],
    run:
      (services) =>
      async (turn, { user }) => {
        await tellUserStory(services, turn, { name: user }, 'history');
      },
  },
});
