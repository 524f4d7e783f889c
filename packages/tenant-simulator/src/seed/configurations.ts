import { assign } from '../store/assignments';
import { jobId as makeJobId } from '../store/ids';
import { idsFor, instantiateCtsApp } from '../store/applications';
import type { Tenant } from '../store/tenant';
import type { JobRecord, SecretPair, ServicePrincipalRecord } from '../store/types';
import { emptyExecution, newJob, startJob } from '../sync/jobs';
import { mirrorThreshold } from '../sync/secrets';

export interface ConfigurationSeed {
  key: string;
  displayName: string;
  target: Tenant;
  /** Principals (users or groups) assigned with msiam_access. */
  assign: string[];
  state: 'new' | 'started' | 'active';
  createdDateTime: string;
  syncAll?: boolean;
  deleteThreshold?: number;
}

export function ctsSecrets(
  targetTenantId: string,
  opts: { syncAll?: boolean; deleteThreshold?: number } = {},
): SecretPair[] {
  const settings = {
    Enabled: false,
    DeleteThresholdEnabled: opts.deleteThreshold !== undefined,
    DeleteThresholdValue: opts.deleteThreshold ?? 500,
    HumanResourcesLookaheadQueryEnabled: false,
  };
  return [
    { key: 'AuthenticationType', value: 'SyncPolicy' },
    { key: 'CompanyId', value: targetTenantId },
    { key: 'SyncNotificationSettings', value: JSON.stringify(settings) },
    { key: 'SyncAll', value: opts.syncAll ? 'true' : 'false' },
  ];
}

/** A configuration as the CTS tutorial builds it: instantiate, job Azure2Azure, secrets, assignments, maybe started. */
export function seedConfiguration(
  source: Tenant,
  seed: ConfigurationSeed,
  now: number,
): { sp: ServicePrincipalRecord; job: JobRecord } {
  const ids = idsFor(source, seed.key);
  const { servicePrincipal: sp } = instantiateCtsApp(source, seed.displayName, ids, seed.createdDateTime);
  const job = newJob(makeJobId('Azure2Azure', source.name, seed.key), 'Azure2Azure');
  sp.synchronization = { secrets: ctsSecrets(seed.target.id, seed), jobs: new Map([[job.id, job]]) };
  mirrorThreshold(job, sp.synchronization.secrets);
  for (const principalId of seed.assign)
    assign(source, sp, principalId, seed.createdDateTime, `${seed.key}:${principalId}`);
  if (seed.state !== 'new') startJob(job);
  if (seed.state === 'active') markPastRun(job, now - 5 * 60_000);
  job.engine.nextRunAt =
    seed.state === 'active' ? now + 35 * 60_000 : seed.state === 'started' ? now + 40 * 60_000 : undefined;
  return { sp, job };
}

/** A successful steady-state run in the past (Contoso A). */
function markPastRun(job: JobRecord, endedAt: number): void {
  const began = new Date(endedAt - 42_000).toISOString();
  const ended = new Date(endedAt).toISOString();
  const run = {
    ...emptyExecution('Succeeded', began, ended),
    activityIdentifier: `${job.id}.cycle-seed`,
    countEntitled: 2,
    countEntitledForProvisioning: 1,
    countImported: 2,
    countImportedDeltas: 2,
  };
  const firstRun = new Date(endedAt - 3 * 86400_000).toISOString();
  job.status.code = 'Active';
  job.status.lastExecution = run;
  job.status.lastSuccessfulExecution = run;
  job.status.lastSuccessfulExecutionWithExports = {
    ...run,
    timeBegan: firstRun,
    timeEnded: firstRun,
    countExported: 0,
    countExports: 0,
  };
  job.status.steadyStateFirstAchievedTime = firstRun;
  job.status.steadyStateLastAchievedTime = ended;
  job.status.troubleshootingUrl = '';
  job.status.synchronizedEntryCountByType = [{ key: 'User to User', value: 0 }];
  job.status.progress = [];
  job.engine.fullCycleDue = false;
  job.engine.cycleCount = 5;
}
