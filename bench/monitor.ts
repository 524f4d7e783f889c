import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { SimulatorConnection } from '@cts-bot/tenant-simulator';
import { ChangeStore } from '../src/alerts/changes/changeStore';
import { createChangeWatch } from '../src/alerts/changes/changeWatch';
import { graphAuditSource } from '../src/alerts/changes/graphAuditSource';
import { graphChangeKnowledge } from '../src/alerts/changes/graphKnowledge';
import { DigestStore } from '../src/alerts/digest/digestStore';
import { IncidentStore } from '../src/alerts/incidents/incidentStore';
import { graphSource } from '../src/alerts/monitor/graphSource';
import { AlertMonitor } from '../src/alerts/monitor/monitor';
import type { Notifier } from '../src/alerts/notifier';
import { alertSettings } from '../src/alerts/settings';
import { SubscriptionStore } from '../src/alerts/subscriptions/subscriptionStore';
import type { MonitorCursor } from '../src/alerts/types';
import { createGraphGateway } from '../src/graph/createGraphGateway';
import { silentLogger } from '../src/logging';
import { createLeaderElector } from '../src/storage';
import { SqliteStorage } from '../src/storage/sqlite/sqliteStorage';
import { commandLineOrExit, HELP } from '../tools/commandLine';
import { runMain } from './support/main';
import { publish, Row } from './support/report';
import { startBenchSimulator } from './support/simulator';
import { summarize } from './support/stats';

/**
 * The alert monitor with 500 configurations under Graph's reports limit (5 log requests per 10 s per app per
 * tenant, enforced by the simulator): Graph requests and log requests per poll (idle, and with 10 and 100 jobs that
 * ran), 429s, and detection latency (policy broken, cycle ends, card posted) against the bound of one poll interval
 * plus 5 s. The simulator runs in its own process; the monitor runs in a worker process that trusts its CA.
 */
const CONFIGURATIONS = 500;
const POLL_SECONDS = 5;
const MAX_SECONDS = 600;

const USAGE = `
node lib/bench/monitor.js
The alert monitor with 500 configurations against the tenant simulator: Graph requests per poll and
detection latency. It starts its own worker process (--worker <simulator connection file>).
  --help  this text`;

async function parent(): Promise<void> {
  const sim = await startBenchSimulator({ maxSeconds: MAX_SECONDS });
  try {
    const existing = (await sim.control<{ value: unknown[] }>('GET', '/configurations')).value.length;
    await sim.control('POST', '/seed/configurations', { count: CONFIGURATIONS - existing });
    const connectionFile = path.join(path.dirname(sim.connection.caFile), 'simulator.json');
    const code = await new Promise<number | null>((resolve) => {
      const worker = spawn(process.execPath, [__filename, '--worker', connectionFile], {
        env: { PATH: process.env.PATH, NODE_EXTRA_CA_CERTS: sim.connection.caFile },
        stdio: 'inherit',
      });
      worker.once('exit', resolve);
    });
    if (code !== 0) throw new Error(`the monitor worker failed (${code})`);
  } finally {
    await sim.stop();
  }
}

async function worker(connectionFile: string): Promise<void> {
  const connection = JSON.parse(fs.readFileSync(connectionFile, 'utf8')) as SimulatorConnection;
  const source = connection.tenants.find((t) => t.role === 'source')!;
  let requests = 0;
  let logRequests = 0;
  let auditRequests = 0;
  let throttled = 0;
  const gateway = createGraphGateway({
    settings: {
      baseUrl: connection.graphBaseUrl,
      authorityHost: connection.authorityHost,
      timeoutMs: 30_000,
      credential: {
        kind: 'secret',
        tenantId: source.tenantId,
        clientId: source.clientId,
        clientSecret: source.clientSecret,
      },
    },
    logger: silentLogger(),
    onRequest: (event) => {
      requests++;
      if (/auditLogs/i.test(event.path)) logRequests++;
      if (/directoryAudits/i.test(event.path)) auditRequests++;
      if (event.status === 429) throttled++;
    },
  });
  const control = async (method: string, controlPath: string, body?: unknown) => {
    const res = await fetch(`${connection.controlUrl}${controlPath}`, {
      method,
      headers: { Authorization: `Bearer ${connection.controlToken}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return res.json() as Promise<any>;
  };
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-monitor-')), 'bot.sqlite');
  const store = await SqliteStorage.open(file, silentLogger());
  const posted: number[] = [];
  const notifier: Notifier = {
    postIncident: async () => (posted.push(Date.now()), `a${posted.length}`),
    updateIncident: async () => undefined,
    announce: async () => undefined,
    postDigest: async () => undefined,
  };
  const subscriptions = new SubscriptionStore(store);
  await subscriptions.update('bench', () => ({
    id: 'bench',
    reference: {},
    filter: { quarantineOnly: false },
    alerts: true,
    digest: false,
    createdBy: { id: 'b', displayName: 'Bench' },
    createdAt: new Date().toISOString(),
  }));
  const leader = createLeaderElector<MonitorCursor>({
    storage: { backend: 'sqlite', file },
    store,
    job: 'alert-monitor',
    instanceId: 'bench',
    leaseSeconds: 15,
    logger: silentLogger(),
  });
  const monitor = new AlertMonitor({
    source: graphSource(gateway),
    incidents: new IncidentStore(store),
    subscriptions,
    digests: new DigestStore(store),
    notifier,
    settings: alertSettings(POLL_SECONDS),
    logger: silentLogger(),
    now: () => new Date(),
    leader,
    // Change watch reads the source tenant's audit log with every poll (the bench has no target credentials).
    changeWatch: createChangeWatch({
      audit: graphAuditSource([
        { tenantId: source.tenantId, side: 'source', name: 'Contoso', bot: { appIds: [source.clientId] }, gateway },
      ]),
      knowledge: graphChangeKnowledge(gateway),
      changes: new ChangeStore(store),
      notifier: { postChange: async () => undefined, updateChange: async () => undefined },
      logger: silentLogger(),
      now: () => new Date(),
      maxRequestsPerPoll: 2,
      homeTenantId: source.tenantId,
    }),
  });
  await leader.start();

  const measure = async (label: string, before: () => Promise<void> = async () => undefined): Promise<Row> => {
    await before();
    await control('POST', '/counters/reset');
    requests = 0;
    logRequests = 0;
    auditRequests = 0;
    throttled = 0;
    const started = performance.now();
    const report = await monitor.pollNow();
    const ms = performance.now() - started;
    const counters = await control('GET', '/counters');
    const batchItems = Object.values(counters.batchItems as Record<string, number>).reduce((a, b) => a + b, 0);
    return {
      poll: label,
      configurations: report?.configurations,
      logsRead: report?.logsRead,
      entries: report?.entries,
      withNewEntries: report?.configurationsWithEntries,
      graphRoundTrips: requests,
      logRequests,
      auditRequests,
      auditEntries: report?.auditEntries,
      http429: throttled,
      batchedReads: batchItems,
      ms: Math.round(ms),
    };
  };
  let ran = 0;
  // Configurations that never ran: each first cycle creates its assigned user, so each has new entries.
  const cycles = async (n: number) => {
    const names = ((await control('GET', '/configurations')).value as Array<{ displayName: string }>)
      .filter((c) => !/^Contoso [AB]$/.test(c.displayName))
      .slice(ran, ran + n)
      .map((c) => c.displayName);
    ran += n;
    for (const name of names) await control('POST', `/configurations/${encodeURIComponent(name)}/cycle`);
  };
  const rows: Row[] = [];
  rows.push(await measure('first (statuses only)'));
  rows.push(await measure('idle (nothing ran)'));
  rows.push(await measure('10 jobs ran', () => cycles(10)));
  rows.push(await measure('100 jobs ran', () => cycles(100)));
  rows.push(await measure('idle again'));
  // Change watch under load: 1,000 audit entries unrelated to cross-tenant sync since the last poll.
  rows.push(
    await measure('1,000 new audit entries', async () => {
      await control('POST', '/seed/directory-audits', { count: 1000 });
    }),
  );

  // Detection latency: the loop polls every POLL_SECONDS; the policy breaks and a cycle ends at a random moment.
  await monitor.start();
  logRequests = 0;
  throttled = 0;
  const loopStarted = Date.now();
  const latencies: number[] = [];
  const northwind = (verb: 'break' | 'repair', what: string) =>
    control('POST', `/tenants/northwind/${verb}`, { what, partner: 'contoso' });
  const cycleB = () => control('POST', `/configurations/${encodeURIComponent('Contoso B')}/cycle`);
  await northwind('repair', 'inboundAutoRedemption');
  for (let i = 0; i < 3; i++) {
    // Healthy first, and long enough for the previous incident to be resolved.
    await northwind('repair', 'inboundUserSync');
    await cycleB();
    await sleep(POLL_SECONDS * 1000 + 1000 + Math.random() * POLL_SECONDS * 1000);
    const before = posted.length;
    await northwind('break', 'inboundUserSync');
    await cycleB();
    const brokenAt = Date.now();
    while (posted.length === before && Date.now() - brokenAt < (POLL_SECONDS * 3 + 30) * 1000) await sleep(20);
    if (posted.length > before) latencies.push(posted[posted.length - 1] - brokenAt);
  }
  await monitor.stop();
  const loopSeconds = (Date.now() - loopStarted) / 1000;
  await store.close();
  const s = summarize(latencies);
  const boundMs = POLL_SECONDS * 1000 + 5000;
  const worstPoll = Math.max(...rows.map((r) => Number(r.logRequests ?? 0)));
  const worstAudit = Math.max(...rows.map((r) => Number(r.auditRequests ?? 0)));
  const fails = [
    ...(worstPoll > 2 ? [`a poll made ${worstPoll} log requests (at most 2)`] : []),
    ...(worstAudit > 2 ? [`change watch made ${worstAudit} audit-log requests in a poll (at most 2 per tenant)`] : []),
    ...(rows.some((r) => Number(r.http429) > 0) || throttled > 0 ? ['Graph answered 429'] : []),
    ...(s.max > boundMs || latencies.length < 3
      ? [`detection took up to ${Math.round(s.max)} ms (bound ${boundMs})`]
      : []),
  ];
  publish('monitor', [
    { title: `Graph requests per poll, ${CONFIGURATIONS} configurations`, rows },
    {
      title: `Detection latency (policy broken and cycle run -> card posted), polling every ${POLL_SECONDS} s`,
      rows: [
        {
          samples: latencies.length,
          meanMs: Math.round(s.mean),
          medianMs: Math.round(s.p50),
          maxMs: Math.round(s.max),
          boundMs,
          withinBound: s.max <= boundMs ? 'yes' : 'no',
        },
      ],
    },
    {
      title: `Reports limit (5 per 10 s per app per tenant) during ${Math.round(loopSeconds)} s of polling`,
      rows: [
        {
          logRequests,
          perTenSeconds: Number(((logRequests / loopSeconds) * 10).toFixed(2)),
          http429: throttled,
          maxLogRequestsInOnePoll: worstPoll,
        },
      ],
    },
  ]);
  if (fails.length > 0) throw new Error(`monitor bench: ${fails.join('; ')}`);
}

if (require.main === module) {
  const { values } = commandLineOrExit(USAGE, { options: { ...HELP, worker: { type: 'string' } } });
  const workerFile = values.worker;
  runMain(module, workerFile === undefined ? parent : () => worker(workerFile), MAX_SECONDS);
}
