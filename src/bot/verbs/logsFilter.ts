import { z } from 'zod';
import { Verb } from '../../cards/verbs';
import { listLogs } from '../actions/sync/logFlows';
import { configurationId, objectId } from '../shared/parameters';
import { defineVerb } from './verb';

/** Filter buttons of the log card (failures only, everything, today, last 7 days) and "All log entries" of a user. */
export const logsFilterVerb = defineVerb({
  verb: Verb.logsFilter,
  role: 'reader',
  title: 'Filtering provisioning logs',
  data: z.object({
    configurationId: configurationId.optional(),
    userId: objectId.optional(),
    status: z.enum(['failure', 'skipped', 'success', 'all']).optional(),
    when: z.string().trim().max(60).optional(),
  }),
  handler:
    (deps) =>
    async (_ctx, _state, { configurationId, userId, status, when }) =>
      listLogs(deps, { configurationId, userId, status: status === 'all' ? undefined : status, when }),
});
