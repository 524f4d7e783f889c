import path from 'node:path';
import {
  simulatorClient,
  startSimulator,
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
   * How long a new service principal and job stay invisible after instantiate (Graph's replication; the simulator's
   * default is 15 s). Tests keep the rule on with a short delay.
   */
  replicationDelayMs?: number;
}

/** Short enough for tests, long enough that setup which does not wait for replication fails. */
export const TEST_REPLICATION_DELAY_MS = 300;

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
    strict: { replicationDelayMs: options.replicationDelayMs ?? TEST_REPLICATION_DELAY_MS },
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
