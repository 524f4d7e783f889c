import { createGraphGateway } from '../../src/graph/createGraphGateway';
import type { GraphGateway } from '../../src/graph/gateway';
import { createLogger } from '../../src/logging';
import type { BenchSimulator } from './simulator';

/** The product's Graph gateway for the simulator's source tenant (in this process: trustSimulatorOrRespawn first). */
export function benchGateway(sim: BenchSimulator): GraphGateway {
  return createGraphGateway({
    settings: {
      credential: {
        kind: 'secret',
        tenantId: sim.source.tenantId,
        clientId: sim.source.clientId,
        clientSecret: sim.source.clientSecret,
      },
      baseUrl: sim.connection.graphBaseUrl,
      authorityHost: sim.connection.authorityHost,
      timeoutMs: 20_000,
    },
    logger: createLogger({ level: 'warn', format: 'json', name: 'bench' }),
  });
}
