import { ErrorCode } from '../../../errors';
import { defineFeature } from '../../operations/feature';
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
  unavailable: {
    code: ErrorCode.BotMisconfigured,
    message:
      'Provisioning, jobs and logs are not available: this bot was started without its Microsoft Graph services.',
  },
});
