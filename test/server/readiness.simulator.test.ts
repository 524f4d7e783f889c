import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TurnContext } from 'botbuilder';
import { createAdapter } from '../../src/bot/adapter';
import { GRAPH_PROBE_TTL_MS, readinessProbes } from '../../src/server/probes';
import { startServer, RunningServer } from '../../src/server/startServer';
import { createStorage, DurableStorage } from '../../src/storage';
import { gatewayFor, tenantOf } from '../graph/simulator/simulatorGateway';
import { captureLogs } from '../support/logs';
import { startTestSimulator, TestSimulator } from '../support/simulator';

const idleBot = { run: async (_ctx: TurnContext) => true };

describe('/readyz with the real probes: SQLite storage and Graph (the tenant simulator)', function () {
  this.timeout(30_000);
  let sim: TestSimulator;
  let storage: DurableStorage;
  let server: RunningServer;
  const logs = captureLogs();
  // The Graph probe is cached for 30 s: tests move this clock past it instead of waiting.
  let clock = 1_000_000;
  const later = () => (clock += GRAPH_PROBE_TTL_MS);

  before(async () => {
    sim = await startTestSimulator();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cts-ready-'));
    storage = await createStorage({ backend: 'sqlite', file: path.join(dir, 'bot.sqlite') }, logs.logger);
    const probes = readinessProbes({
      storage,
      gateway: gatewayFor(sim, tenantOf(sim, 'source')).gateway,
      now: () => clock,
    });
    server = await startServer({
      host: '127.0.0.1',
      port: 0,
      logger: logs.logger,
      adapter: createAdapter(undefined),
      bot: idleBot,
      probes,
    });
  });
  afterEach(async () => {
    if (sim.sim) await sim.control('DELETE', '/faults').catch(() => undefined);
    later();
  });
  after(async () => {
    await server?.close();
    await sim?.stop();
  });

  const ready = async () => {
    const response = await fetch(`${server.url}/readyz`);
    return {
      status: response.status,
      body: (await response.json()) as { status: string; checks: Record<string, string> },
    };
  };

  it('is ready when both answer', async () => {
    assert.deepEqual(await ready(), { status: 200, body: { status: 'ready', checks: { storage: 'ok', graph: 'ok' } } });
  });

  it('is not ready while Graph refuses the bot, says only which part failed, and is ready again after', async () => {
    await sim.control('POST', '/faults', {
      kind: 'error',
      path: 'servicePrincipals',
      status: 403,
      code: 'Authorization_RequestDenied',
      message: 'Insufficient privileges to complete the operation.',
    });
    const down = await ready();
    assert.equal(down.status, 503);
    assert.deepEqual(down.body, { status: 'not ready', checks: { storage: 'ok', graph: 'failed' } });
    const [logged] = logs.find('not ready');
    assert.match((logged.failures as Record<string, string>).graph, /Graph refused .*Authorization_RequestDenied/);
    await sim.control('DELETE', '/faults');
    assert.equal((await ready()).status, 503, 'the failure is answered again until it is 30 s old');
    later();
    assert.equal((await ready()).status, 200);
  });

  it('asks Graph at most once per 30 s, with one request, however often it is hit', async () => {
    await sim.control('POST', '/counters/reset');
    const answers = await Promise.all(Array.from({ length: 50 }, () => ready()));
    for (let i = 0; i < 50; i++) answers.push(await ready());
    assert.equal(answers.length, 100);
    assert.ok(answers.every((a) => a.status === 200 && a.body.checks.graph === 'ok'));
    const counters = (await sim.control('GET', '/counters')).body as {
      total: number;
      requests: Record<string, number>;
    };
    const graphCalls = Object.entries(counters.requests).filter(([key]) => key.includes('/v1.0/'));
    assert.deepEqual(graphCalls, [['GET /v1.0/servicePrincipals', 1]], JSON.stringify(counters.requests));
    later();
    await ready();
    const after = (await sim.control('GET', '/counters')).body as { requests: Record<string, number> };
    assert.equal(after.requests['GET /v1.0/servicePrincipals'], 2, 'asked again once 30 s have passed');
  });

  it('is not ready when storage is down', async () => {
    await storage.close();
    const down = await ready();
    assert.equal(down.status, 503);
    assert.equal(down.body.checks.storage, 'failed');
    assert.equal(down.body.checks.graph, 'ok');
  });

  it('is not ready when Graph cannot be reached at all', async () => {
    await sim.stop();
    const down = await ready();
    assert.equal(down.status, 503);
    assert.equal(down.body.checks.graph, 'failed');
  });
});
