import type { GraphGateway } from '../graph/gateway';
import type { WritesFor } from '../graph/writesFor';
import type { Logger } from '../logging';
import type { SyncConfiguration } from '../domain';
import type { ConfigurationCatalog } from './catalog';
import { createExplainService, ExplainService } from './explain/explainService';
import { policyProbe, TargetAccess } from './checks/policyCheck';
import { createJobService, JobService } from './jobs/jobService';
import { createKnowledgeBase, KnowledgeBase } from './knowledge/knowledgeBase';
import { createLogService, LogService } from './logs/logService';
import { loadMappings, MappingsView } from './mappings/mappingView';
import { createProvisioningService, ProvisioningService } from './provisioning/provisioningService';
import { createProvisioner } from './provisioning/provisionUser';
import { createRateLimiter } from './provisioning/rateLimiter';
import { userRuleIds } from './provisioning/ruleIds';

/** The domain services behind the provisioning, job, log, explain and mapping commands. */
export interface SyncOperations {
  provisioning: ProvisioningService;
  jobs: JobService;
  logs: LogService;
  explain: ExplainService;
  knowledge: KnowledgeBase;
  /** The user attribute mappings of a configuration as the mappings card shows them (undefined: no job or schema). */
  mappings(config: SyncConfiguration): Promise<MappingsView | undefined>;
}

/** provisionOnDemand: "The rate limit for this API is 5 requests per 10 seconds" (per job). */
export const ON_DEMAND_LIMIT = { limit: 5, windowMs: 10_000 };

export function createSyncOperations(deps: {
  gateway: GraphGateway;
  catalog: ConfigurationCatalog;
  logger: Logger;
  knowledge?: KnowledgeBase;
  /** Credentials in target tenants: their inbound settings are read live instead of inferred from test connection. */
  targets?: TargetAccess;
  /** The gateway each change is made through for its person (GRAPH_WRITES); the app's gateway by default. */
  writes?: WritesFor;
}): SyncOperations {
  const { gateway, catalog, logger } = deps;
  const policies = policyProbe(gateway, deps.targets);
  const kb = deps.knowledge ?? createKnowledgeBase();
  const logs = createLogService(gateway);
  const provisionUser = createProvisioner({
    gateway,
    writes: deps.writes,
    ruleId: userRuleIds(gateway),
    limiter: createRateLimiter(ON_DEMAND_LIMIT),
  });
  return {
    provisioning: createProvisioningService({ gateway, policies, catalog, provisionUser, kb, logger }),
    jobs: createJobService(gateway, policies, kb, deps.writes),
    logs,
    explain: createExplainService({ gateway, policies, catalog, logs, kb }),
    knowledge: kb,
    mappings: (config) => loadMappings(gateway, config),
  };
}
