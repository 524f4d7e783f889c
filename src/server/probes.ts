import type { GraphGateway } from '../graph/gateway';
import type { Storage } from '../storage';
import { cachedProbe } from './cachedProbe';
import type { ReadinessProbe } from './readiness';

const PROBE_KEY = 'readiness/probe';
/** Graph is asked at most this often, however often /readyz is hit. */
export const GRAPH_PROBE_TTL_MS = 30_000;

/**
 * What /readyz checks: storage answers a read (local, cheap), and Graph answers with the bot's own credentials
 * (a token and one request, at most once per GRAPH_PROBE_TTL_MS).
 */
export function readinessProbes(deps: {
  storage: Storage;
  gateway: Pick<GraphGateway, 'checkAccess'>;
  graphTtlMs?: number;
  /** Milliseconds since the epoch; tests move it instead of waiting. */
  now?: () => number;
}): ReadinessProbe[] {
  return [
    { name: 'storage', check: async () => void (await deps.storage.read([PROBE_KEY])) },
    cachedProbe(
      { name: 'graph', check: () => deps.gateway.checkAccess() },
      deps.graphTtlMs ?? GRAPH_PROBE_TTL_MS,
      deps.now,
    ),
  ];
}
