import { z } from 'zod';
import { Verb } from '../../cards/verbs';
import { turnLogger } from '../turn/logger';
import { objectId } from '../shared/parameters';
import { tellUserStory } from '../actions/sync/userStory';
import { defineVerb } from './verb';

/** A user picked on a "which user?" card of "what happened to" or "why was … skipped". */
export const explainUserVerb = defineVerb({
  verb: Verb.explainUser,
  role: 'reader',
  title: 'Explaining what happened to a user',
  data: z.object({ userId: objectId }),
  handler:
    (deps) =>
    async (ctx, _state, { userId }) =>
      tellUserStory(ctx, deps, turnLogger(ctx, deps.logger).child({ verb: Verb.explainUser }), { userId }, 'why'),
});
