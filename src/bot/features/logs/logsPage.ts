import { z } from 'zod';
import { Verb } from '../../../cards/verbs';
import { defineOperation } from '../../operations/operation';
import { configurationId, objectId } from '../../shared/parameters';
import { listLogs } from './listLogs';
import type { LogsServices } from './services';

/** "Next page": the gateway's cursor (checked to continue the same listing) and the filter to title it. */
export const logsPage = defineOperation<LogsServices>()({
  name: 'logsPage',
  title: 'Paging provisioning logs',
  role: 'reader',
  button: {
    verb: Verb.logsPage,
    data: z.object({
      configurationId: configurationId.optional(),
      userId: objectId.optional(),
      status: z.enum(['failure', 'skipped', 'success', 'all']).optional(),
      when: z.string().trim().max(60).optional(),
      cursor: z.string().min(1).max(4000),
      page: z.coerce.number().int().min(2).max(1000).default(2),
    }),
    run:
      (services) =>
      async (_turn, { configurationId, userId, status, when, cursor, page }) =>
        listLogs(
          services,
          { configurationId, userId, status: status === 'all' ? undefined : status, when },
          { cursor, pageNumber: page },
        ),
  },
});
