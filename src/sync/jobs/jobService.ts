import { CodedError, ErrorCode } from '../../errors';
import type { GraphGateway } from '../../graph/gateway';
import type { PolicyProbe } from '../checks/policyCheck';
import type { Finding } from '../checks/findings';
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { ErrorKnowledge } from '../knowledge/types';
import type { ActingUser, ProvisioningLogEntry, SyncConfiguration, SyncJob } from '../../domain';
import type { RestartOption } from './restartOptions';

export type JobGateway = Pick<GraphGateway, 'getJob' | 'startJob' | 'pauseJob' | 'restartJob' | 'listProvisioningLogs'>;

export interface ConnectionReport {
  ok: boolean;
  /** The knowledge base's code for the failure, whichever code the service used for it. */
  code?: string;
  /** The code the service sent, when it is another name for `code`. */
  serviceCode?: string;
  message?: string;
  requestId?: string;
  knowledge?: ErrorKnowledge;
  findings: Finding[];
}

export interface HeldDeletes {
  job: SyncJob;
  /** The staged-delete log entries of the quarantine (newest first, at most 50). */
  entries: ProvisioningLogEntry[];
  threshold?: number;
}

export interface JobService {
  status(config: SyncConfiguration): Promise<SyncJob>;
  testConnection(config: SyncConfiguration): Promise<ConnectionReport>;
  // `by`: whose token the change is made with (GRAPH_WRITES=user); the job is read back with the app's.
  start(config: SyncConfiguration, by?: ActingUser): Promise<SyncJob>;
  pause(config: SyncConfiguration, by?: ActingUser): Promise<SyncJob>;
  restart(config: SyncConfiguration, option: RestartOption, by?: ActingUser): Promise<SyncJob>;
  /** The deletions held back by a TooManyDeletes quarantine; undefined when nothing is held. */
  heldDeletes(config: SyncConfiguration): Promise<HeldDeletes | undefined>;
  /** Restart with ForceDeletes, only while deletions are held back. */
  allowDeletes(config: SyncConfiguration, by?: ActingUser): Promise<SyncJob>;
}

/** The gateway a change is made through for its person (src/graph/writesFor.ts). */
export type JobWrites = (by: ActingUser | undefined) => Pick<GraphGateway, 'startJob' | 'pauseJob' | 'restartJob'>;

export function createJobService(
  gateway: JobGateway,
  policies: PolicyProbe,
  kb: KnowledgeBase,
  writes: JobWrites = () => gateway,
): JobService {
  const jobOf = (config: SyncConfiguration): string => {
    if (!config.job)
      throw new CodedError(
        ErrorCode.InvalidInput,
        `${config.displayName} has no provisioning job yet: finish setting up provisioning in the Entra admin center ` +
          `first.`,
        { configurationId: config.servicePrincipalId },
      );
    return config.job.id;
  };
  const status = async (config: SyncConfiguration): Promise<SyncJob> => {
    const job = await gateway.getJob(config.servicePrincipalId, jobOf(config));
    if (!job)
      throw new CodedError(ErrorCode.StaleAction, `The provisioning job of ${config.displayName} no longer exists.`, {
        configurationId: config.servicePrincipalId,
      });
    return job;
  };
  const service: JobService = {
    status,
    async testConnection(config) {
      const { connection, findings } = await policies(config);
      if (connection.ok) return { ok: true, findings };
      // Every shape of a failed policy check (either code, or wrapped in UnknownError) reads as the same answer.
      const knowledge = kb.explain(connection.code);
      const code = knowledge?.code ?? connection.code;
      return {
        ok: false,
        code,
        ...(code !== connection.code ? { serviceCode: connection.code } : {}),
        message: connection.message,
        requestId: connection.requestId,
        knowledge,
        findings,
      };
    },
    async start(config, by) {
      await writes(by).startJob(config.servicePrincipalId, jobOf(config));
      return status(config);
    },
    async pause(config, by) {
      await writes(by).pauseJob(config.servicePrincipalId, jobOf(config));
      return status(config);
    },
    async restart(config, option, by) {
      await writes(by).restartJob(config.servicePrincipalId, jobOf(config), option.scope);
      return status(config);
    },
    async heldDeletes(config) {
      const job = await status(config);
      if (job.status !== 'Quarantine' || job.quarantine?.reason !== 'TooManyDeletes') return undefined;
      const began = Date.parse(job.quarantine.currentBegan ?? job.quarantine.seriesBegan ?? '');
      const page = await gateway.listProvisioningLogs({
        servicePrincipalId: config.servicePrincipalId,
        action: 'stagedDelete',
        since: Number.isNaN(began) ? undefined : new Date(began - 10 * 60_000),
        top: 50,
      });
      return { job, entries: page.items, threshold: job.deleteThreshold };
    },
    async allowDeletes(config, by) {
      const held = await service.heldDeletes(config);
      if (!held) {
        throw new CodedError(
          ErrorCode.StaleAction,
          `${config.displayName} is not holding back any deletions (it is not quarantined for too many deletes), so ` +
            `there is nothing to allow.`,
          { configurationId: config.servicePrincipalId },
        );
      }
      await writes(by).restartJob(config.servicePrincipalId, jobOf(config), ['ForceDeletes']);
      return status(config);
    },
  };
  return service;
}
