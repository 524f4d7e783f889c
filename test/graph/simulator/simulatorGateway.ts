import type { TenantConnection } from '@cts-bot/tenant-simulator';
import type { GraphSettings } from '../../../src/config';
import { createGraphGateway } from '../../../src/graph/createGraphGateway';
import type { GraphGateway } from '../../../src/graph/gateway';
import type { GraphRequestEvent } from '../../../src/graph/http/middleware/requestLog';
import type { TestSimulator } from '../../support/simulator';
import { captureLogger, CapturedLine } from '../support/captureLogger';

export interface SimulatorGateway {
  gateway: GraphGateway;
  lines: CapturedLine[];
  requests: GraphRequestEvent[];
  waits: number[];
}

type Credential = 'secret' | 'certificate' | 'limited' | 'wrongSecret';

/** The real gateway (msal-node + Graph client over HTTPS) for one simulated tenant, configured as the bot would be. */
export function gatewayFor(
  sim: TestSimulator,
  tenant: TenantConnection,
  credential: Credential = 'secret',
): SimulatorGateway {
  const { logger, lines } = captureLogger();
  const requests: GraphRequestEvent[] = [];
  const waits: number[] = [];
  const base = { baseUrl: sim.connection.graphBaseUrl, authorityHost: sim.connection.authorityHost, timeoutMs: 10_000 };
  const credentials: Record<Credential, GraphSettings['credential']> = {
    secret: { kind: 'secret', tenantId: tenant.tenantId, clientId: tenant.clientId, clientSecret: tenant.clientSecret },
    wrongSecret: {
      kind: 'secret',
      tenantId: tenant.tenantId,
      clientId: tenant.clientId,
      clientSecret: 'not-the-secret',
    },
    certificate: {
      kind: 'certificate',
      tenantId: tenant.tenantId,
      clientId: tenant.clientId,
      certificatePath: sim.connection.clientCertificateFile,
    },
    limited: {
      kind: 'secret',
      tenantId: tenant.tenantId,
      clientId: tenant.limitedClientId ?? '',
      clientSecret: tenant.limitedClientSecret ?? '',
    },
  };
  const gateway = createGraphGateway({
    settings: { ...base, credential: credentials[credential] },
    logger,
    onRequest: (e) => requests.push(e),
    sleep: async (ms) => {
      waits.push(ms);
    },
  });
  return { gateway, lines, requests, waits };
}

export function tenantOf(sim: TestSimulator, role: 'source' | string): TenantConnection {
  const tenant = sim.connection.tenants.find((t) =>
    role === 'source' ? t.role === 'source' : t.name.toLowerCase() === role.toLowerCase(),
  );
  if (!tenant) throw new Error(`the simulator has no tenant ${role}`);
  return tenant;
}
