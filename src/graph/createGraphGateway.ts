import type { GraphSettings } from '../config';
import type { Logger } from '../logging';
import { assignmentArea } from './areas/assignments';
import { configurationPartsArea } from './areas/configurationParts';
import { configurationArea } from './areas/configurations';
import { directoryAuditArea } from './areas/directoryAudits';
import { jobArea } from './areas/jobs';
import { monitoringArea } from './areas/monitoring';
import { policyArea } from './areas/policies';
import { provisioningArea } from './areas/provisioning';
import { settingsArea } from './areas/settingsAndSchema';
import { directoryArea } from './areas/users';
import type { AccessTokenProvider } from './auth/accessTokenProvider';
import { createTokenProvider } from './auth/createTokenProvider';
import { createJobSchemaCache } from './cache/jobSchemaCache';
import type { GraphGateway } from './gateway';
import { createBatcher } from './http/batch';
import { createGraphClient } from './http/createGraphClient';
import { graphEndpoint } from './http/graphEndpoint';
import { createGraphHttp } from './http/graphHttp';
import type { GraphRequestHook } from './http/middleware/requestLog';
import { DEFAULT_RETRY_POLICY, realSleep, RetryPolicy, Sleep } from './http/middleware/retry';

export interface GraphGatewayOptions {
  settings: GraphSettings;
  logger: Logger;
  /** Called after every HTTP exchange with Graph (benchmarks count calls with it). */
  onRequest?: GraphRequestHook;
  /** Replaces the token source the settings name (tests at the edge). */
  tokenProvider?: AccessTokenProvider;
  retry?: RetryPolicy;
  /** How retries wait; tests record the waits instead of sleeping. */
  sleep?: Sleep;
  /** How long a job's mappings and rule id are reused (default a minute; 0 reads the schema every time). */
  schemaCacheMs?: number;
  /** The token provider gives a person's token (on-behalf-of): refusals name their Entra roles. */
  delegated?: boolean;
}

const SCHEMA_CACHE_MS = 60_000;

/** The Graph gateway for one tenant: token provider, Graph client with our middleware, every area. */
export function createGraphGateway(options: GraphGatewayOptions): GraphGateway {
  const { settings, logger } = options;
  const endpoint = graphEndpoint(settings.baseUrl);
  const retry = options.retry ?? DEFAULT_RETRY_POLICY;
  const sleep = options.sleep ?? realSleep;
  const client = createGraphClient({
    endpoint,
    tokens: options.tokenProvider ?? createTokenProvider(settings, logger),
    timeoutMs: settings.timeoutMs,
    logger,
    retry,
    sleep,
    onRequest: options.onRequest,
  });
  const http = createGraphHttp(client, endpoint, options.delegated ?? false);
  const batch = createBatcher(http, retry, sleep);
  const schemas = createJobSchemaCache({ ttlMs: options.schemaCacheMs ?? SCHEMA_CACHE_MS });
  return {
    ...directoryArea(http),
    ...policyArea(http, batch),
    ...configurationArea(http, batch, schemas),
    ...configurationPartsArea(http, batch, schemas),
    ...jobArea(http, schemas),
    ...settingsArea(http, schemas),
    ...assignmentArea(http, batch),
    ...provisioningArea(http),
    ...monitoringArea(http, batch),
    ...directoryAuditArea(http),
  };
}
