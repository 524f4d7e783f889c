import { z } from 'zod';
import { Verb } from '../../cards/verbs';
import { turnLogger } from '../turn/logger';
import { logDetails } from '../actions/sync/logFlows';
import { configurationId, objectId } from '../shared/parameters';
import { defineVerb } from './verb';

/** A row of the log card: the entry is read again by its id, time and user. */
export const logDetailsVerb = defineVerb({
  verb: Verb.logDetails,
  role: 'reader',
  title: 'Showing a provisioning log entry',
  data: z.object({
    id: z.string().trim().min(1).max(128),
    at: z.string().trim().min(1).max(40),
    userId: objectId.optional(),
    configurationId: configurationId.optional(),
  }),
  handler: (deps) => async (ctx, _state, ref) =>
    logDetails(deps, turnLogger(ctx, deps.logger).child({ verb: Verb.logDetails }), ref),
});
