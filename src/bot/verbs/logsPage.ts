import { z } from 'zod';
import { Verb } from '../../cards/verbs';
import { listLogs } from '../actions/sync/logFlows';
import { configurationId, objectId } from '../shared/parameters';
import { defineVerb } from './verb';

/** "Next page": the gateway's cursor (checked to continue the same listing) and the filter to title it. */
export const logsPageVerb = defineVerb({
  verb: Verb.logsPage,
  role: 'reader',
  title: 'Paging provisioning logs',
  data: z.object({
    configurationId: configurationId.optional(),
    userId: objectId.optional(),
    status: z.enum(['failure', 'skipped', 'success', 'all']).optional(),
    when: z.string().trim().max(60).optional(),
    cursor: z.string().min(1).max(4000),
    page: z.coerce.number().int().min(2).max(1000).default(2),
  }),
  handler:
    (deps) =>
    async (_ctx, _state, { configurationId, userId, status, when, cursor, page }) =>
      listLogs(
        deps,
        { configurationId, userId, status: status === 'all' ? undefined : status, when },
        { cursor, pageNumber: page },
      ),
});
