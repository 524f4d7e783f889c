import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { MemoryStorage, TurnContext } from 'botbuilder';
import { createBot } from '../../src/bot/createBot';
import { startServer, RunningServer } from '../../src/server/startServer';
import { CONTOSO_A } from '../support/configurations';
import { LocalConnector, startConnector } from '../support/connector';
import { fakeCatalog } from '../support/fakeCatalog';
import { captureLogs } from '../support/logs';
import { EVERY_ROLE, HOME_TENANT, teamsActivity, USER } from '../support/turns';

/** A raw request: fetch cannot set Host, nor declare a body it does not send. */
function rawPost(
  url: string,
  headers: http.OutgoingHttpHeaders,
  body: string | Buffer,
  end = true,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${url}/api/messages`, { method: 'POST', headers }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.write(body);
    if (end) req.end();
  });
}

/**
 * /api/messages without a bot identity (local mode), attacked the way the security review did: a cross-site HTML
 * form, an upload, an oversized body, a rebound DNS name, and activities no Teams client would send.
 */
describe('/api/messages doors, without BOT_ID', function () {
  this.timeout(30_000);
  let connector: LocalConnector;
  let server: RunningServer;
  const logs = captureLogs('debug');
  const lookups: string[] = [];
  let turns = 0;

  before(async () => {
    connector = await startConnector();
    const roles = { rolesOf: async (id: string) => (lookups.push(id), EVERY_ROLE.roles.rolesOf(id)) };
    const { app, adapter } = createBot({
      logger: logs.logger,
      storage: new MemoryStorage(),
      catalog: fakeCatalog([CONTOSO_A]),
      homeTenantId: HOME_TENANT,
      access: { roles, settings: EVERY_ROLE.settings },
    });
    const bot = { run: (ctx: TurnContext) => (turns++, app.run(ctx)) };
    server = await startServer({
      host: '127.0.0.1',
      port: 0,
      logger: logs.logger,
      adapter: adapter as never,
      bot,
      loopbackOnly: true,
    });
  });
  beforeEach(() => {
    turns = 0;
    lookups.length = 0;
    connector.received.length = 0;
  });
  after(async () => {
    await server?.close();
    await connector?.close();
  });

  const pauseFromAForm = () =>
    new URLSearchParams({
      type: 'message',
      channelId: 'msteams',
      text: 'pause Contoso A',
      'from[id]': '29:attacker',
      'from[aadObjectId]': USER.aadObjectId,
      'conversation[id]': 'a:1x',
      serviceUrl: 'http://127.0.0.1:1/',
    }).toString();

  it('refuses a form-encoded POST (a cross-site HTML form) with 415, running nothing', async () => {
    const response = await fetch(`${server.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: pauseFromAForm(),
    });
    assert.equal(response.status, 415);
    assert.equal(turns, 0);
    assert.equal(lookups.length, 0);
    assert.equal(
      logs.find('only an uncompressed application/json body').at(-1)?.contentType,
      'application/x-www-form-urlencoded',
    );
  });

  it('refuses text/plain and a compressed JSON body too', async () => {
    for (const headers of <Array<Record<string, string>>>[
      { 'content-type': 'text/plain' },
      { 'content-type': 'application/json', 'content-encoding': 'gzip' },
    ]) {
      const response = await fetch(`${server.url}/api/messages`, {
        method: 'POST',
        headers,
        body: JSON.stringify(teamsActivity({ type: 'message', text: 'help', serviceUrl: connector.url })),
      });
      assert.equal(response.status, 415, JSON.stringify(headers));
    }
    assert.equal(turns, 0);
  });

  it('refuses a multipart upload with 415 and leaves no temporary file', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cts-upload-'));
    const before = process.env.TMPDIR;
    process.env.TMPDIR = tmp; // where an upload parser would write (os.tmpdir() reads it on every call)
    try {
      const form = new FormData();
      form.append('type', 'message');
      form.append('file', new Blob([Buffer.alloc(64 * 1024, 'x')]), 'payload.bin');
      const response = await fetch(`${server.url}/api/messages`, { method: 'POST', body: form });
      assert.equal(response.status, 415);
      assert.deepEqual(fs.readdirSync(tmp), [], 'no temporary file');
      assert.equal(turns, 0);
    } finally {
      if (before === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = before;
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('refuses a 1 MB body with 413 before reading it', async () => {
    // Declares 1 MB, sends 1 KB and waits: the answer comes without the rest, so nothing was read or parsed.
    const declared = await rawPost(
      server.url,
      { 'content-type': 'application/json', 'content-length': String(1024 * 1024) },
      Buffer.alloc(1024, ' '),
      false,
    );
    assert.equal(declared.status, 413);
    // Sent chunked (no length declared): cut off by the reader, never parsed.
    const chunked = await rawPost(
      server.url,
      { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      JSON.stringify(teamsActivity({ type: 'message', text: 'x'.repeat(1024 * 1024), serviceUrl: connector.url })),
    );
    assert.equal(chunked.status, 413);
    assert.equal(turns, 0);
    assert.equal(logs.find('body larger than allowed').length >= 2, true);
  });

  it('refuses a foreign Host header (DNS rebinding) with 403', async () => {
    const activity = JSON.stringify(teamsActivity({ type: 'message', text: 'help', serviceUrl: connector.url }));
    const rebound = await rawPost(
      server.url,
      { 'content-type': 'application/json', host: 'attacker.example:3978' },
      activity,
    );
    assert.equal(rebound.status, 403);
    assert.equal(turns, 0);
    assert.equal(logs.find('only a loopback Host header').at(-1)?.host, 'attacker.example:3978');
    const local = await rawPost(server.url, { 'content-type': 'application/json', host: 'localhost:3978' }, activity);
    assert.equal(local.status, 200, 'localhost is this machine');
  });

  const post = (activity: unknown) =>
    fetch(`${server.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });

  const refusals: Array<[string, Record<string, unknown>, RegExp]> = [
    ['a webchat activity', { channelId: 'webchat' }, /channel "webchat" is not msteams/],
    [
      'a non-Teams serviceUrl',
      { serviceUrl: 'https://attacker.example/botframework/' },
      /serviceUrl host attacker.example is not a Teams Bot Connector/,
    ],
    [
      'a conversation tenant that differs from the channel data tenant',
      {
        conversation: { id: 'a:1x', conversationType: 'personal', tenantId: '0b9f0c2e-1111-4222-8333-444455556666' },
      },
      /conversation tenant 0b9f0c2e-.* differs from channelData tenant/,
    ],
    [
      'an aadObjectId that is not a GUID',
      { from: { id: '29:x', aadObjectId: 'admin@contoso.com' } },
      /aadObjectId is not a GUID/,
    ],
  ];
  for (const [what, change, reason] of refusals) {
    it(`refuses ${what} before any handler, with a log line and no answer`, async () => {
      const id = `door-${what.length}`;
      const activity = {
        ...teamsActivity({ type: 'message', id, text: 'list configurations' }),
        serviceUrl: connector.url,
        ...change,
      };
      const response = await post(activity);
      assert.equal(response.status, 200, 'accepted by HTTP, refused by the bot');
      assert.equal(lookups.length, 0, 'no role lookup: no handler ran');
      await new Promise((resolve) => setImmediate(resolve));
      assert.deepEqual(connector.received, [], 'nothing sent anywhere');
      const [logged] = logs.find('activity refused: not from Microsoft Teams', (e) => e.activityId === id);
      assert.ok(logged, 'logged');
      assert.equal(logged.code, 'ForeignChannel');
      assert.match(String(logged.reason), reason);
    });
  }

  it('serves the same activity from Teams, with the sender id made lower case for every comparison', async () => {
    const activity = teamsActivity({
      type: 'message',
      id: 'door-ok',
      text: 'list configurations',
      serviceUrl: connector.url,
      from: { ...USER, aadObjectId: USER.aadObjectId.toUpperCase() },
    });
    assert.equal((await post(activity)).status, 200);
    await connector.waitFor((r) => r.activityId === 'door-ok');
    assert.deepEqual(lookups, [USER.aadObjectId]);
  });
});
