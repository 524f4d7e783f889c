import { defineFeature } from '../../operations/feature';
import { WITHOUT_GRAPH } from '../../shared/withoutGraph';
import { allowDeletes } from './allowDeletes';
import { cancelJobChange } from './cancelJobChange';
import { confirmAllowDeletes } from './confirmAllowDeletes';
import { confirmRestart } from './confirmRestart';
import { pauseJob } from './pauseJob';
import { restartJob } from './restartJob';
import type { JobsServices } from './services';
import { startJob } from './startJob';
import { testConnection } from './testConnection';

/**
 * A configuration's provisioning job: test the connection, start, pause, restart, and ask for approval to allow
 * held-back deletions.
 */
export const jobsFeature = defineFeature<JobsServices>({
  name: 'jobs',
  operations: [
    testConnection,
    startJob,
    pauseJob,
    restartJob,
    confirmRestart,
    allowDeletes,
    confirmAllowDeletes,
    cancelJobChange,
  ],
  services: ({ catalog, operations, verbs, approvals, confirmationTtlHours }) =>
    operations && {
      catalog,
      jobs: operations.jobs,
      verbs,
      changeRequests: approvals && { catalog, service: approvals.service },
      confirmationTtlHours,
    },
  unavailable: WITHOUT_GRAPH,
});
