import { z } from 'zod';
import { Verb } from '../../../cards/verbs';
import { defineOperation } from '../../operations/operation';
import { objectId } from '../../shared/parameters';
import type { ExplainServices } from './services';
import { tellUserStory } from './userStory';

const OUTCOME = `(?:${[
  /skipped/,
  /not (?:synced|provisioned|created|updated|in (?:scope|the target|.+))/,
  /fail(?:ed|ing)?/,
  /missing|out of scope|excluded|ignored/,
]
  .map((r) => r.source)
  .join('|')})`;

/**
 * "why was Lee Gu skipped?": the user's latest log entry explained (skip reason, scoping filter, failure cause and
 * fix); and a user picked on a "which user?" card of "what happened to" or "why was … skipped".
 */
export const explainUser = defineOperation<ExplainServices>()({
  name: 'explainUser',
  title: 'Why was a user skipped',
  role: 'reader',
  command: {
    description:
      'Explains why a user was skipped or failed: the latest provisioning log entry per configuration, the ' +
      'scoping step that excluded them, and the fix; or where the user stands in scope when no log mentions them.',
    parameters: z.object({
      user: z
        .string()
        .trim()
        .min(1, 'say which user')
        .max(256, 'a user name, UPN or mail has at most 256 characters')
        .describe('A user: name, UPN, mail or alias'),
    }),
    examples: ['why was Lee Gu skipped', 'why did Adele Vance fail'],
    patterns: [
      new RegExp(
        `^why (?:was|is|were|has|have|did|does|do)(?: not)? (?<user>.+?)(?: (?:been|get|gotten|got))? ${OUTCOME}$`,
        'i',
      ),
      new RegExp(
        /^why (?:wasn't|isn't|didn't|hasn't) (?<user>.+?) /.source +
          /(?:get |been )?(?:synced|provisioned|created|updated)(?: .*)?$/.source,
        'i',
      ),
      /^explain (?:user )?(?<user>[^@\s]+(?: [^@\s]+)+?|\S+@\S+)$/i,
    ],
    run:
      (services) =>
      async (turn, { user }) => {
        await tellUserStory(services, turn, { name: user }, 'why');
      },
  },
  button: {
    verb: Verb.explainUser,
    title: 'Explaining what happened to a user',
    data: z.object({ userId: objectId }),
    run:
      (services) =>
      async (turn, { userId }) =>
        tellUserStory(services, turn, { userId }, 'why'),
  },
});
