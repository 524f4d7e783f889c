import path from 'node:path';
import {
  simulatorClient,
  startSimulator,
  type LatencyProfile,
  type SimulatorClient,
  type SimulatorConnection,
} from '../src';

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

export async function startTestSimulator(options: TestSimulatorOptions = {}): Promise<TestSimulator> {
  const sim = await startSimulator({
    dataDir: dataDir(),
    users: options.users,
    cycleSeconds: options.cycleSeconds,
    writeConnectionFile: false,
    latency: options.latency ?? 'short',
    strict: { replicationDelayMs: options.replicationDelayMs },
  });
  const connection = sim.connection;
  return {
    connection,
    stop: () => sim.stop(),
    ...simulatorClient(connection),
  };
}
