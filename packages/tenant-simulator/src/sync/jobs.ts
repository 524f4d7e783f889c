import type { JobRecord, Json } from '../store/types';
import { azure2AzureSchema } from './azure2azureSchema';

export const NEVER = '0001-01-01T00:00:00Z';
export const CTS_INTERVAL = 'PT40M';

/** A job as POST .../synchronization/jobs creates it for Azure2Azure: disabled schedule, status Paused. */
export function newJob(id: string, templateId: string): JobRecord {
  return {
    id,
    templateId,
    schedule: { expiration: null, interval: CTS_INTERVAL, state: 'Disabled' },
    status: {
      countSuccessiveCompleteFailures: 0,
      escrowsPruned: false,
      code: 'Paused',
      lastExecution: null,
      lastSuccessfulExecution: null,
      lastSuccessfulExecutionWithExports: null,
      quarantine: null,
      steadyStateFirstAchievedTime: NEVER,
      steadyStateLastAchievedTime: NEVER,
      troubleshootingUrl: null,
      progress: [],
      synchronizedEntryCountByType: [],
    },
    synchronizationJobSettings: [
      { name: 'AzureIngestionAttributeOptimization', value: 'False' },
      { name: 'LookaheadQueryEnabled', value: 'False' },
    ],
    schema: azure2AzureSchema(id),
    engine: {
      linked: new Map(),
      stagedDeletes: new Set(),
      escrows: new Map(),
      dirty: new Set(),
      fullCycleDue: true,
      onDemandCalls: [],
      lastSignatures: new Map(),
      cycleCount: 0,
    },
  };
}

export function jobView(job: JobRecord): Json {
  return {
    id: job.id,
    templateId: job.templateId,
    schedule: job.schedule,
    status: job.status,
    synchronizationJobSettings: job.synchronizationJobSettings,
  };
}

/** An empty execution record, as a just-started job reports it. */
export function emptyExecution(state: string, began = NEVER, ended = NEVER): Json {
  return {
    activityIdentifier: null,
    countEntitled: 0,
    countEntitledForProvisioning: 0,
    countEscrowed: 0,
    countEscrowedRaw: 0,
    countExported: 0,
    countExports: 0,
    countImported: 0,
    countImportedDeltas: 0,
    countImportedReferenceDeltas: 0,
    state,
    timeBegan: began,
    timeEnded: ended,
    error: { code: 'None', message: '', tenantActionable: false },
  };
}

/** POST start: schedule Active; a job that never completed a run reports NotRun; quarantine is cleared. */
export function startJob(job: JobRecord): void {
  job.schedule.state = 'Active';
  job.status.quarantine = null;
  job.status.countSuccessiveCompleteFailures = 0;
  if (!job.status.lastSuccessfulExecution) {
    job.status.code = 'NotRun';
    if (!job.status.lastExecution) job.status.lastExecution = emptyExecution('Failed');
    if (job.status.troubleshootingUrl === null) job.status.troubleshootingUrl = '';
  } else {
    job.status.code = 'Active';
  }
}

export function pauseJob(job: JobRecord): void {
  job.schedule.state = 'Paused';
  job.status.code = 'Paused';
}
