import type { GraphGateway } from '../../graph/gateway';
import type { Logger } from '../../logging';
import type { ConfigurationCatalog } from '../catalog';
import { targetName } from '../checks/targetName';
import type { Finding } from '../checks/findings';
import { checkSettingsFor } from '../checks/liveChecks';
import type { PolicyProbe } from '../checks/policyCheck';
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { ActingUser, DirectoryUser, MappingSet, ProvisioningOutcome, SyncConfiguration } from '../../domain';
import { resolveUser, resolveUserById, UserResolution } from '../users/resolveUser';
import { chooseConfiguration, ConfigurationChoice } from './chooseConfiguration';
import { describeOutcome, OutcomeView } from './describeOutcome';
import type { Provision, ProvisionProgress } from './provisionUser';
import type { AssignmentMemo } from './userScope';

export type ProvisioningGateway = Pick<
  GraphGateway,
  | 'findUsers'
  | 'findUsersStartingWithAny'
  | 'getUser'
  | 'listAssignmentsOfEach'
  | 'listUserMemberships'
  | 'listGroupMembers'
  | 'getMappings'
>;

/** Everything the card shows while one user is provisioned. */
export type ProvisioningEvent =
  ProvisionProgress | { stage: 'result'; outcome: ProvisioningOutcome } | { stage: 'checkingSettings' };

export interface ProvisionResult {
  outcome: ProvisioningOutcome;
  view: OutcomeView;
}

export interface ProvisioningService {
  resolveUser(text: string): Promise<UserResolution>;
  resolveUserById(id: string): Promise<UserResolution>;
  /** `memo` shares assignment reads between the users of one request. */
  chooseConfiguration(user: DirectoryUser, target?: string, memo?: AssignmentMemo): Promise<ConfigurationChoice>;
  provision(
    config: SyncConfiguration,
    user: DirectoryUser,
    onEvent?: (e: ProvisioningEvent) => void | Promise<void>,
    /** Whose token provisioning is asked with (GRAPH_WRITES=user). */
    by?: ActingUser,
  ): Promise<ProvisionResult>;
}

export function createProvisioningService(deps: {
  gateway: ProvisioningGateway;
  policies: PolicyProbe;
  catalog: ConfigurationCatalog;
  provisionUser: Provision;
  kb: KnowledgeBase;
  logger: Logger;
}): ProvisioningService {
  const { gateway, catalog, kb, logger } = deps;
  /** The mappings explain a result (a matched guest staying Guest); the gateway reuses them per job for a while. */
  const mappingsOf = (config: SyncConfiguration): Promise<MappingSet | undefined> => {
    if (!config.job) return Promise.resolve(undefined);
    return gateway.getMappings(config.servicePrincipalId, config.job.id).catch((error: unknown) => {
      logger.warn(
        { err: error, configuration: config.displayName },
        'could not read the attribute mappings to explain a result',
      );
      return undefined;
    });
  };

  return {
    resolveUser: (text) => resolveUser(gateway, text),
    resolveUserById: (id) => resolveUserById(gateway, id),
    async chooseConfiguration(user, target, memo) {
      return chooseConfiguration(gateway, await catalog.list(), user, target, memo);
    },
    async provision(config, user, onEvent, by) {
      const mappings = mappingsOf(config);
      const outcome = await deps.provisionUser(config, user, (p) => void onEvent?.(p), by);
      await onEvent?.({ stage: 'result', outcome });
      let findings: Finding[] = [];
      if (outcome.status === 'failure' && outcome.error?.code) {
        await onEvent?.({ stage: 'checkingSettings' });
        findings = await checkSettingsFor(
          deps.policies,
          kb,
          outcome.error.code,
          config,
          outcome.error.additionalDetails ?? outcome.error.reason,
        ).catch((error: unknown) => {
          logger.warn(
            { err: error, configuration: config.displayName },
            'could not check the tenant settings behind a provisioning failure',
          );
          return [];
        });
      }
      const view = describeOutcome(
        outcome,
        {
          userName: user.displayName,
          targetName: targetName(config),
          configName: config.displayName,
          mappings: await mappings,
          findings,
        },
        kb,
      );
      return { outcome, view };
    },
  };
}
