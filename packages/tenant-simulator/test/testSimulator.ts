import path from 'node:path';
import { startSimulator, type SimulatorConnection } from '../src';

/**
 * An in-process simulator for the package's tests. Its data folder is TEST_SIMULATOR_DATA_DIR (set by the test
 * runner), whose ca.pem the test process already trusts through NODE_EXTRA_CA_CERTS, so fetch and the Microsoft
 * clients reach it over HTTPS as they reach Entra and Graph. Every call starts a fresh world (same seed, same ids)
 * on its own port; nothing is written to simulator.json.
 */
export interface TestSimulatorOptions {
  /** Total users in the source tenant. */
  users?: number;
  /** Scheduled sync cycles every N seconds (default: the jobs' own 40 minutes, i.e. none during a test). */
  cycleSeconds?: number;
}

/**
 * A parsed JSON reply (Graph, the token endpoint, the control API): each test reads the properties whose shape it
 * asserts, so the reply itself is not given one.
 */
export type ReplyJson = any;

export interface TestSimulator {
  connection: SimulatorConnection;
  stop(): Promise<void>;
  /** Calls the control API (/_simulator/...) with the control token; returns the parsed JSON reply. */
  control(method: string, controlPath: string, body?: unknown): Promise<{ status: number; body: ReplyJson }>;
  /** An app-only Graph token for a tenant (by name, domain or id; default the source), like msal would get. */
  token(tenant?: string, opts?: { limited?: boolean }): Promise<string>;
}

function dataDir(): string {
  const dir = process.env.TEST_SIMULATOR_DATA_DIR;
  if (!dir) {
    throw new Error(
      'TEST_SIMULATOR_DATA_DIR is not set: run the tests through `npm test` (test/run.js), ' +
        'which makes the simulator CA and trusts it.',
    );
  }
  return path.resolve(dir);
}

export async function startTestSimulator(options: TestSimulatorOptions = {}): Promise<TestSimulator> {
  const sim = await startSimulator({
    dataDir: dataDir(),
    users: options.users,
    cycleSeconds: options.cycleSeconds,
    writeConnectionFile: false,
  });
  const connection = sim.connection;
  return {
    connection,
    stop: () => sim.stop(),
    async control(method, controlPath, body) {
      const res = await fetch(`${connection.controlUrl}${controlPath.startsWith('/') ? '' : '/'}${controlPath}`, {
        method,
        headers: { Authorization: `Bearer ${connection.controlToken}`, 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : undefined };
    },
    async token(tenant, opts = {}) {
      const t = tenant
        ? connection.tenants.find((x) => [x.name.toLowerCase(), x.domain, x.tenantId].includes(tenant.toLowerCase()))
        : connection.tenants.find((x) => x.role === 'source');
      if (!t) throw new Error(`no simulated tenant ${tenant}`);
      const clientId = opts.limited ? t.limitedClientId : t.clientId;
      const secret = opts.limited ? t.limitedClientSecret : t.clientSecret;
      if (!clientId || !secret) throw new Error(`tenant ${t.name} has no limited app`);
      const res = await fetch(`${connection.authorityHost}/${t.tenantId}/oauth2/v2.0/token`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          client_id: clientId,
          client_secret: secret,
          scope: 'https://graph.microsoft.com/.default',
        }),
      });
      const json = (await res.json()) as { access_token?: string };
      if (!json.access_token) throw new Error(`token request failed: ${JSON.stringify(json)}`);
      return json.access_token;
    },
  };
}
