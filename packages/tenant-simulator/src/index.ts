import crypto from 'node:crypto';
import fs from 'node:fs';
import type https from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { AuthCodes } from './auth/authCodes';
import { loadSigningKey } from './auth/signingKey';
import { describeConfigurations, describePeople, describeTenants, type SimulatorConnection } from './connection';
import { RequestCounters, timeServedRequests } from './control/counters';
import { FaultSet } from './control/faults';
import type { SimulatorCore } from './core';
import { createEngine } from './engine';
import { seedPastRuns } from './engine/history';
import { LatencyDraws } from './latency/latencyDraws';
import { chooseLatency, DEFAULT_LATENCY, DEFAULT_LATENCY_SEED, type LatencyProfile } from './latency/profiles';
import { graphRouter } from './resources';
import { seedWorld } from './seed';
import { createServer } from './server/server';
import { ReportsThrottle } from './strict/reportsThrottle';
import { STRICT_DEFAULTS, type StrictSettings } from './http/strictSettings';
import { ensureCertificates, writeAtomically } from './tls/certificates';

export { simulatorClient, type ControlReply, type SimulatorClient } from './client';
export { ensureCertificates } from './tls/certificates';
/** Who the generated members of a large tenant are (`users` above the seed), so a benchmark can name them. */
export { generatedPerson } from './seed/large';
export type { SimulatorConnection, TenantConnection, Person, ConfigurationInfo } from './connection';
export type { StrictSettings, TestConnectionShape } from './http/strictSettings';
export { LATENCY_PROFILES, PROFILE_TIMES, type LatencyProfile, type ProfileTimes } from './latency/profiles';
export { describeLatency } from './latency/describe';
export type { SimulatorCore } from './core';

/** The script of the `tenant-simulator` command, to run the simulator in a process of its own. */
export const SIMULATOR_CLI = path.join(__dirname, 'main.js');

export interface SimulatorOptions {
  /** Holds ca.pem, the server and signing keys, and simulator.json. */
  dataDir: string;
  /** 0 (default) = any free port. */
  port?: number;
  /** Loopback only; default 127.0.0.1. */
  host?: string;
  /** Total users in the source tenant (benchmarks: 100000). */
  users?: number;
  /** Run scheduled sync cycles every N seconds instead of every 40 minutes. */
  cycleSeconds?: number;
  /** Write simulator.json into dataDir (default true). */
  writeConnectionFile?: boolean;
  /** Strict rules' switches from the start (default: Graph's; see the README); the control API changes them later. */
  strict?: Partial<StrictSettings>;
  /**
   * How slow Graph calls are (README, "Latency"): `realistic` by default, as slow as Graph; `short` ten times
   * shorter (tests, local mode); `off` at once. The profile sets the replication delay unless `strict` gives one.
   */
  latency?: LatencyProfile;
  /** Seed of the latency draws (same seed, same waits); default 14. */
  latencySeed?: number;
}

export interface RunningSimulator {
  connection: SimulatorConnection;
  /** The in-memory world and switches (tests may look, but should act through HTTP). */
  core: SimulatorCore;
  port: number;
  stop(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

export async function startSimulator(options: SimulatorOptions): Promise<RunningSimulator> {
  const host = options.host ?? '127.0.0.1';
  if (!LOOPBACK.has(host)) throw new Error(`The simulator listens on loopback only (got host ${host}).`);
  const dataDir = path.resolve(options.dataDir);
  const tls = ensureCertificates(dataDir);
  const key = loadSigningKey(dataDir);
  const clientCertificateFile = path.join(dataDir, 'bot-client-certificate.pem');
  const clientPem = fs.readFileSync(clientCertificateFile, 'utf8');
  const certPem = clientPem.slice(clientPem.indexOf('-----BEGIN CERTIFICATE-----'));
  const world = seedWorld({ users: options.users, clientCertificatePem: certPem });
  const core: SimulatorCore = {
    state: world.state,
    key,
    codes: new AuthCodes(),
    router: graphRouter(),
    faults: new FaultSet(),
    counters: new RequestCounters(),
    services: {},
    settings: {
      onDemandForm: 'B',
      cycleSeconds: options.cycleSeconds,
      onDemandLimit: 5,
      ...STRICT_DEFAULTS,
      latency: DEFAULT_LATENCY,
      latencySeed: DEFAULT_LATENCY_SEED,
    },
    latency: new LatencyDraws(),
    reports: new ReportsThrottle(),
    controlToken: crypto.randomBytes(24).toString('base64url'),
  };
  chooseLatency(core.settings, { latency: options.latency ?? DEFAULT_LATENCY, latencySeed: options.latencySeed });
  for (const [name, value] of Object.entries(options.strict ?? {}))
    if (value !== undefined) Object.assign(core.settings, { [name]: value });
  const engine = createEngine(core);
  core.services = engine.services;
  core.scheduler = engine.scheduler;
  seedPastRuns(world.state, world.source, [{ configuration: 'Contoso A', userIds: world.pastRunUsers }]);
  if (options.cycleSeconds) for (const job of activeJobs(core)) engine.scheduler.reschedule(job);
  engine.scheduler.start();
  const server = createServer(core, tls);
  timeServedRequests(server, core.counters);
  await listen(server, options.port ?? 0, host);
  const port = (server.address() as AddressInfo).port;
  const origin = `https://${host === '::1' ? '[::1]' : host}:${port}`;
  const connection: SimulatorConnection = {
    graphBaseUrl: `${origin}/v1.0`,
    authorityHost: origin,
    caFile: tls.files.caFile,
    controlUrl: `${origin}/_simulator`,
    controlToken: core.controlToken,
    clientCertificateFile,
    cycleSeconds: options.cycleSeconds ?? null,
    tenants: describeTenants(world.state),
    people: describePeople(world.source, world.featured),
    configurations: describeConfigurations(world.source),
  };
  if (options.writeConnectionFile !== false)
    writeAtomically(path.join(dataDir, 'simulator.json'), JSON.stringify(connection, null, 2) + '\n');
  return {
    connection,
    core,
    port,
    stop: async () => {
      engine.scheduler.stop();
      await close(server);
    },
  };
}

function activeJobs(core: SimulatorCore) {
  const out = [];
  for (const t of core.state.tenants.values()) {
    for (const sp of t.servicePrincipals.values())
      for (const job of sp.synchronization?.jobs.values() ?? []) if (job.schedule.state === 'Active') out.push(job);
  }
  return out;
}

function listen(server: https.Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function close(server: https.Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
