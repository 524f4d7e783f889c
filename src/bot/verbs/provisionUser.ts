import { z } from 'zod';
import { Verb } from '../../cards/verbs';
import { turnLogger } from '../turn/logger';
import { provisionById } from '../actions/sync/provisionFlow';
import { configurationId, objectId } from '../shared/parameters';
import { defineVerb } from './verb';

/** A user picked on a choice card ("Provision", "Run again", "Provision here"): the user and configuration ids are looked up again. */
export const provisionUserVerb = defineVerb({
  verb: Verb.provisionUser,
  role: 'operator',
  title: 'Provisioning a user',
  data: z.object({
    userId: objectId,
    configurationId: configurationId.optional(),
    target: z.string().trim().min(1).max(200).optional(),
  }),
  handler:
    (deps) =>
    async (ctx, _state, { userId, configurationId, target }) =>
      provisionById(ctx, deps, turnLogger(ctx, deps.logger).child({ verb: Verb.provisionUser }), userId, {
        configurationId,
        target,
      }),
});
