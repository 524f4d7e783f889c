import assert from 'node:assert/strict';
import type { TurnContext } from 'botbuilder';
import { createAdapter } from '../../src/bot/adapter';
import { CodedError, ErrorCode } from '../../src/errors';
import { startServer } from '../../src/server/startServer';
import { captureLogs, LEVEL } from '../support/logs';
import { teamsActivity } from '../support/turns';

function deferred<T = void>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const idleBot = { run: async (_ctx: TurnContext) => true };

describe('health, readiness and shutdown', () => {
  it('/healthz says the process is alive; /readyz runs every probe', async () => {
    const logs = captureLogs();
    const probes = [
      { name: 'storage', check: async () => undefined },
      { name: 'graph', check: async () => undefined },
    ];
    const server = await startServer({
      host: '127.0.0.1',
      port: 0,
      logger: logs.logger,
      adapter: createAdapter(undefined),
      bot: idleBot,
      probes,
    });
    try {
      assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
      const health = await fetch(`${server.url}/healthz`);
      assert.equal(health.status, 200);
      assert.deepEqual(await health.json(), { status: 'ok' });
      const ready = await fetch(`${server.url}/readyz`);
      assert.equal(ready.status, 200);
      assert.deepEqual(await ready.json(), { status: 'ready', checks: { storage: 'ok', graph: 'ok' } });
    } finally {
      await server.close();
    }
  });

  it('/readyz is 503 with the failing dependency named, and logs it', async () => {
    const logs = captureLogs();
    const probes = [
      { name: 'storage', check: async () => undefined },
      {
        name: 'graph',
        check: async () =>
          Promise.reject(new CodedError(ErrorCode.GraphUnreachable, 'connect ECONNREFUSED 127.0.0.1:8443')),
      },
    ];
    const server = await startServer({
      host: '127.0.0.1',
      port: 0,
      logger: logs.logger,
      adapter: createAdapter(undefined),
      bot: idleBot,
      probes,
    });
    try {
      const ready = await fetch(`${server.url}/readyz`);
      assert.equal(ready.status, 503);
      // An anonymous caller learns which part failed, nothing of why: the reason is in the log.
      assert.deepEqual(await ready.json(), { status: 'not ready', checks: { storage: 'ok', graph: 'failed' } });
      const [logged] = logs.find('not ready');
      assert.equal(logged.level, LEVEL.warn);
      assert.equal((logged.checks as Record<string, string>).storage, 'ok');
      assert.deepEqual(logged.failures, { graph: 'connect ECONNREFUSED 127.0.0.1:8443' });
    } finally {
      await server.close();
    }
  });

  it('a probe that never answers fails readiness after its timeout', async () => {
    const probes = [{ name: 'graph', check: () => new Promise<void>(() => undefined) }];
    const server = await startServer({
      host: '127.0.0.1',
      port: 0,
      logger: captureLogs().logger,
      adapter: createAdapter(undefined),
      bot: idleBot,
      probes,
      probeTimeoutMs: 1,
    });
    try {
      const ready = await fetch(`${server.url}/readyz`);
      assert.equal(ready.status, 503);
      assert.deepEqual(await ready.json(), { status: 'not ready', checks: { graph: 'failed' } });
    } finally {
      await server.close();
    }
  });

  it('close() stops accepting, lets the turn in flight finish, then resolves', async () => {
    const entered = deferred();
    const release = deferred();
    const slowBot = {
      run: async (_ctx: TurnContext) => {
        entered.resolve();
        await release.promise;
        return true;
      },
    };
    const logs = captureLogs();
    const server = await startServer({
      host: '127.0.0.1',
      port: 0,
      logger: logs.logger,
      adapter: createAdapter(undefined),
      bot: slowBot,
    });
    const inFlight = fetch(`${server.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(
        teamsActivity({
          type: 'message',
          id: 'slow-1',
          text: 'list configurations',
          serviceUrl: 'http://127.0.0.1:9/',
        }),
      ),
    });
    await entered.promise;
    let closed = false;
    const closing = server.close().then(() => {
      closed = true;
    });
    await assert.rejects(fetch(`${server.url}/healthz`), 'a new connection is refused while stopping');
    assert.equal(closed, false, 'close() waits for the turn in flight');
    release.resolve();
    const response = await inFlight;
    assert.equal(response.status, 200);
    await closing;
    assert.equal(closed, true);
    assert.equal(logs.find('stopping').length, 1);
    assert.equal(logs.find('stopped').length, 1);
  });
});
