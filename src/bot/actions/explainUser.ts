import { z } from 'zod';
import { turnLogger } from '../turn/logger';
import { defineAction } from './action';
import { tellUserStory } from './sync/userStory';

const OUTCOME =
  /(?:skipped|not (?:synced|provisioned|created|updated|in (?:scope|the target|.+))|fail(?:ed|ing)?|missing|out of scope|excluded|ignored)/
    .source;

/** "why was Lee Gu skipped?": the user's latest log entry explained (skip reason, scoping filter, failure cause and fix). */
export const explainUser = defineAction({
  name: 'explainUser',
  title: 'Why was a user skipped',
  description:
    'Explains why a user was skipped or failed: the latest provisioning log entry per configuration, the scoping step that excluded them, and the fix; or where the user stands in scope when no log mentions them.',
  parameters: z.object({
    user: z
      .string()
      .trim()
      .min(1, 'say which user')
      .max(256, 'a user name, UPN or mail has at most 256 characters')
      .describe('A user: name, UPN, mail or alias'),
  }),
  role: 'reader',
  examples: ['why was Lee Gu skipped', 'why did Adele Vance fail'],
  patterns: [
    new RegExp(
      `^why (?:was|is|were|has|have|did|does|do)(?: not)? (?<user>.+?)(?: (?:been|get|gotten|got))? ${OUTCOME}$`,
      'i',
    ),
    /^why (?:wasn't|isn't|didn't|hasn't) (?<user>.+?) (?:get |been )?(?:synced|provisioned|created|updated)(?: .*)?$/i,
    /^explain (?:user )?(?<user>[^@\s]+(?: [^@\s]+)+?|\S+@\S+)$/i,
  ],
  handler:
    (deps) =>
    async (ctx, _state, { user }) => {
      await tellUserStory(
        ctx,
        deps,
        turnLogger(ctx, deps.logger).child({ action: 'explainUser' }),
        { name: user },
        'why',
      );
      return '';
    },
});
