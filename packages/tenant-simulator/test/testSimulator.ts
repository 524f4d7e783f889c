import path from 'node:path';
import { simulatorClient, startSimulator, type SimulatorClient, type SimulatorConnection } from '../src';

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
  /**
   * How long a new service principal and job stay invisible after instantiate (Graph's replication; the simulator's
   * default is 15 s). Tests keep the rule on with a short delay.
   */
  replicationDelayMs?: number;
}

/**
 * A parsed JSON reply (Graph, the token endpoint, the control API): each test reads the properties whose shape it
 * asserts, so the reply itself is not given one.
 */
export type ReplyJson = any;

export interface TestSimulator extends SimulatorClient {
  connection: SimulatorConnection;
  stop(): Promise<void>;
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

/** Short enough for tests, long enough that a client that does not wait for replication fails. */
export const TEST_REPLICATION_DELAY_MS = 300;

export async function startTestSimulator(options: TestSimulatorOptions = {}): Promise<TestSimulator> {
  const sim = await startSimulator({
    dataDir: dataDir(),
    users: options.users,
    cycleSeconds: options.cycleSeconds,
    writeConnectionFile: false,
    strict: { replicationDelayMs: options.replicationDelayMs ?? TEST_REPLICATION_DELAY_MS },
  });
  const connection = sim.connection;
  return {
    connection,
    stop: () => sim.stop(),
    ...simulatorClient(connection),
  };
}
