import type { GraphGateway } from '../graph/gateway';
import type { Storage } from '../storage';
import type { ReadinessProbe } from './readiness';

const PROBE_KEY = 'readiness/probe';

/**
 * What /readyz checks: storage answers a read, and Graph answers with the bot's own credentials
 * (token and the configurations call every command relies on; never a cached answer).
 */
export function readinessProbes(deps: {
  storage: Storage;
  gateway: Pick<GraphGateway, 'listConfigurations'>;
}): ReadinessProbe[] {
  return [
    { name: 'storage', check: async () => void (await deps.storage.read([PROBE_KEY])) },
    { name: 'graph', check: async () => void (await deps.gateway.listConfigurations()) },
  ];
}
