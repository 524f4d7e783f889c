import { z } from 'zod';
import { Verb } from '../../cards/verbs';
import { turnLogger } from '../turn/logger';
import { provisionNamed } from '../actions/sync/provisionFlow';
import { configurationId } from '../shared/parameters';
import { defineVerb } from './verb';

/** The text box of the "Provision a user" card: the typed name is resolved like a chat message. */
export const provisionNamedVerb = defineVerb({
  verb: Verb.provisionNamed,
  role: 'operator',
  title: 'Provisioning a user',
  data: z.object({
    configurationId,
    user: z.string().trim().min(1, 'type a user').max(256, 'a user name, UPN or mail has at most 256 characters'),
  }),
  handler:
    (deps) =>
    async (ctx, _state, { configurationId, user }) =>
      provisionNamed(ctx, deps, turnLogger(ctx, deps.logger).child({ verb: Verb.provisionNamed }), user, {
        configurationId,
      }),
});
