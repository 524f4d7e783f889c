import fs from 'node:fs';
import https from 'node:https';
import path from 'node:path';
import {
  SIMULATOR_CLI,
  type LatencyProfile,
  type SimulatorConnection,
  type TenantConnection,
} from '@cts-bot/tenant-simulator';
import { BenchChild, startChild } from './child';
import { SIMULATOR_DATA_DIR } from './paths';

export interface ServedTime {
  count: number;
  totalMs: number;
}

export interface Counters {
  total: number;
  requests: Record<string, number>;
  batchItems: Record<string, number>;
  servedMs: { graph: ServedTime; identity: ServedTime };
}

export interface BenchSimulator {
  process: BenchChild;
  connection: SimulatorConnection;
  source: TenantConnection;
  /** The environment that points the bot process at this simulator (GRAPH_*, trust of its CA). */
  botEnv: Record<string, string>;
  control<T = unknown>(method: string, controlPath: string, body?: unknown): Promise<T>;
  counters(): Promise<Counters>;
  resetCounters(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The tenant simulator in its own process (the `tenant-simulator` command), so its work is not mixed with the
 * load generator's. Its control API is called over HTTPS, trusting its CA.
 */
export async function startBenchSimulator(options: {
  users?: number;
  maxSeconds: number;
  dataDir?: string;
  /** The simulator's latency profile (default off). */
  latency?: LatencyProfile;
}): Promise<BenchSimulator> {
  const dataDir = options.dataDir ?? SIMULATOR_DATA_DIR;
  fs.mkdirSync(dataDir, { recursive: true });
  // Latency off unless asked: these benchmarks measure the bot's own cost, not Graph's waits.
  const args = [
    '--data-dir',
    dataDir,
    '--port',
    '0',
    '--latency',
    options.latency ?? 'off',
    ...(options.users ? ['--users', String(options.users)] : []),
  ];
  const child = startChild(SIMULATOR_CLI, args, {
    env: { PATH: process.env.PATH, HOME: process.env.HOME },
    maxSeconds: options.maxSeconds,
  });
  const listening = await child.waitFor(/Tenant simulator listening on (https:\/\/\S+)/, 300_000);
  const connection = JSON.parse(fs.readFileSync(path.join(dataDir, 'simulator.json'), 'utf8')) as SimulatorConnection;
  if (connection.authorityHost !== listening[1])
    throw new Error(
      `simulator.json (${connection.authorityHost}) is not the simulator just started (${listening[1]}); is another ` +
        `benchmark using ${dataDir}?`,
    );
  const source = connection.tenants.find((t) => t.role === 'source')!;
  const agent = new https.Agent({ ca: fs.readFileSync(connection.caFile), keepAlive: false });
  const control = <T>(method: string, controlPath: string, body?: unknown): Promise<T> =>
    new Promise((resolve, reject) => {
      const payload = body === undefined ? undefined : JSON.stringify(body);
      const req = https.request(
        `${connection.controlUrl}${controlPath}`,
        {
          method,
          agent,
          headers: { authorization: `Bearer ${connection.controlToken}`, 'content-type': 'application/json' },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            if ((res.statusCode ?? 500) >= 300)
              reject(new Error(`control ${method} ${controlPath}: ${res.statusCode} ${text}`));
            else resolve((text ? JSON.parse(text) : undefined) as T);
          });
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  return {
    process: child,
    connection,
    source,
    botEnv: {
      NODE_EXTRA_CA_CERTS: connection.caFile,
      GRAPH_TENANT_ID: source.tenantId,
      GRAPH_CLIENT_ID: source.clientId,
      GRAPH_CLIENT_SECRET: source.clientSecret,
      GRAPH_BASE_URL: connection.graphBaseUrl,
      AUTHORITY_HOST: connection.authorityHost,
      HOME_TENANT_ID: source.tenantId,
    },
    control,
    counters: () => control<Counters>('GET', '/counters'),
    resetCounters: async () => void (await control('POST', '/counters/reset')),
    async stop() {
      agent.destroy();
      await child.stop();
    },
  };
}

/** Graph requests in a counters snapshot: top-level requests (a $batch is one) and the items inside batches. */
export function graphRequests(c: Counters): { roundTrips: number; batchItems: number; tokens: number } {
  let roundTrips = 0;
  let tokens = 0;
  for (const [key, n] of Object.entries(c.requests)) {
    if (key.includes('oauth2')) tokens += n;
    else roundTrips += n;
  }
  const batchItems = Object.values(c.batchItems).reduce((a, b) => a + b, 0);
  return { roundTrips, batchItems, tokens };
}
