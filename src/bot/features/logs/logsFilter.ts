import { z } from 'zod';
import { Verb } from '../../../cards/verbs';
import { defineOperation } from '../../operations/operation';
import { configurationId, objectId } from '../../shared/parameters';
import { listLogs } from './listLogs';
import type { LogsServices } from './services';

/** Filter buttons of the log card (failures only, everything, today, last 7 days) and "All log entries" of a user. */
export const logsFilter = defineOperation<LogsServices>()({
  name: 'logsFilter',
  title: 'Filtering provisioning logs',
  role: 'reader',
  button: {
    verb: Verb.logsFilter,
    data: z.object({
      configurationId: configurationId.optional(),
      userId: objectId.optional(),
      status: z.enum(['failure', 'skipped', 'success', 'all']).optional(),
      when: z.string().trim().max(60).optional(),
    }),
    run:
      (services) =>
      async (_turn, { configurationId, userId, status, when }) =>
        listLogs(services, { configurationId, userId, status: status === 'all' ? undefined : status, when }),
  },
});
