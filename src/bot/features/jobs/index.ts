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

/** A configuration's provisioning job: test the connection, start, pause, restart, allow held-back deletions. */
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
  services: ({ catalog, operations, verbs }) => operations && { catalog, jobs: operations.jobs, verbs },
  unavailable: WITHOUT_GRAPH,
});
