import { defineFeature } from '../../operations/feature';
import { WITHOUT_GRAPH } from '../../shared/withoutGraph';
import { logDetails } from './logDetails';
import { logsFilter } from './logsFilter';
import { logsPage } from './logsPage';
import type { LogsServices } from './services';
import { showLogs } from './showLogs';

/** Provisioning logs: listings by configuration, user, status and time, with paging, filters and each entry. */
export const logsFeature = defineFeature<LogsServices>({
  name: 'logs',
  operations: [showLogs, logsPage, logsFilter, logDetails],
  services: ({ catalog, operations, verbs }) =>
    operations && {
      catalog,
      logs: operations.logs,
      users: operations.provisioning,
      knowledge: operations.knowledge,
      verbs,
    },
  unavailable: WITHOUT_GRAPH,
});
