import path from 'node:path';
import {
  simulatorClient,
  startSimulator,
  type LatencyProfile,
  type RunningSimulator,
  type SimulatorClient,
  type SimulatorConnection,
} from '@cts-bot/tenant-simulator';

/**
 * An in-process tenant simulator for tests. Its data folder is TEST_SIMULATOR_DATA_DIR (set by test/run.js),
 * whose ca.pem the test process already trusts through NODE_EXTRA_CA_CERTS, so msal-node, the Graph client
 * and fetch reach it over HTTPS exactly as they reach Entra and Graph. Every call starts a fresh world
 * (same seed, same ids) on its own port; nothing is written to simulator.json.
 */
export interface TestSimulatorOptions {
  /** Total users in the source tenant (e.g. 100000 for benchmarks). */
  users?: number;
  /** Scheduled sync cycles every N seconds (default: the jobs' own 40 minutes, i.e. none during a test). */
  cycleSeconds?: number;
  /**
   * How slow Graph calls are: `short` by default (the realistic shape ten times shorter: provisionOnDemand
   * 0.5-3 s, test connection 0.2-1 s, job start/pause/restart 0.1-0.3 s, other calls 5-30 ms); `off` only for a
   * test about something else entirely that latency would merely slow down.
   */
  latency?: LatencyProfile;
  /**
   * How long a new service principal and job stay invisible after instantiate (Graph's replication). Default: the
   * profile's (1.5 s under short, 15 s under realistic), so setup that does not wait for replication fails.
   */
  replicationDelayMs?: number;
}

export interface TestSimulator extends SimulatorClient {
  connection: SimulatorConnection;
  stop(): Promise<void>;
  /** The running simulator, for assertions on its state. */
  sim: RunningSimulator;
}

export function testSimulatorDataDir(): string {
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
    dataDir: testSimulatorDataDir(),
    users: options.users,
    cycleSeconds: options.cycleSeconds,
    writeConnectionFile: false,
    latency: options.latency ?? 'short',
    strict: { replicationDelayMs: options.replicationDelayMs },
  });
  const connection = sim.connection;
  return {
    connection,
    sim,
    stop: () => sim.stop(),
    ...simulatorClient(connection),
  };
}

/** Users of a target tenant that stand for a source user (B2B users with that mail), read over Graph. */
export async function targetUsersFor(sim: TestSimulator, tenant: string, mail: string): Promise<any[]> {
  const query = new URLSearchParams({
    $filter: `mail eq '${mail}'`,
    $select: 'id,displayName,userPrincipalName,userType,showInAddressList,department,accountEnabled',
  });
  const res = await fetch(`${sim.connection.graphBaseUrl}/users?${query}`, {
    headers: { Authorization: `Bearer ${await sim.token(tenant)}` },
  });
  if (!res.ok) throw new Error(`GET /users in ${tenant}: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { value: any[] }).value;
}
