import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TurnContext } from 'botbuilder';
import { createAdapter } from '../../src/bot/adapter';
import { readinessProbes } from '../../src/server/probes';
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

  before(async () => {
    sim = await startTestSimulator();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cts-ready-'));
    storage = await createStorage({ backend: 'sqlite', file: path.join(dir, 'bot.sqlite') }, logs.logger);
    const probes = readinessProbes({ storage, gateway: gatewayFor(sim, tenantOf(sim, 'source')).gateway });
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

  it('is not ready while Graph refuses the bot, and ready again after', async () => {
    await sim.control('POST', '/faults', {
      kind: 'error',
      path: 'servicePrincipals',
      status: 403,
      code: 'Authorization_RequestDenied',
      message: 'Insufficient privileges to complete the operation.',
    });
    const down = await ready();
    assert.equal(down.status, 503);
    assert.equal(down.body.checks.storage, 'ok');
    assert.match(down.body.checks.graph, /^failed: Graph refused .*Authorization_RequestDenied/);
    assert.ok(logs.find('not ready').length > 0, 'logged');
    await sim.control('DELETE', '/faults');
    assert.equal((await ready()).status, 200);
  });

  it('is not ready when storage is down', async () => {
    await storage.close();
    const down = await ready();
    assert.equal(down.status, 503);
    assert.match(down.body.checks.storage, /^failed: /);
    assert.equal(down.body.checks.graph, 'ok');
  });

  it('is not ready when Graph cannot be reached at all', async () => {
    await sim.stop();
    const down = await ready();
    assert.equal(down.status, 503);
    assert.match(down.body.checks.graph, /^failed: /);
  });
});
