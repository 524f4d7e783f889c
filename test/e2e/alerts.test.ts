import assert from 'node:assert/strict';
import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import path from 'node:path';
import readline from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Browser } from 'playwright-core';
import type { SimulatorConnection } from '@cts-bot/tenant-simulator';
import { chromiumAvailable, launchChromium } from '../support/browser';
import { RunningLocalMode, startLocalModeProcess } from '../support/localMode';
import { PlaygroundPage } from '../support/playgroundPage';

const POLL_SECONDS = 3;
/**
 * The first card's headline: the failure, or already the quarantine it leads to when the simulator's scheduled
 * cycles failed again before the poll (a loaded machine); either way one card with cause and fix.
 */
const CARD_TITLE = /Provisioning fails: cross-tenant policy or credentials|Quarantined: the connection is broken/;

/** The local simulator's control API, over HTTPS with the simulator's own CA (local mode made it). */
function control(sim: SimulatorConnection, method: string, controlPath: string, body?: unknown): Promise<any> {
  const url = new URL(`${sim.controlUrl}${controlPath}`);
  return new Promise((resolve, reject) => {
    const req = https.request(
      url,
      {
        method,
        ca: fs.readFileSync(sim.caFile),
        headers: { Authorization: `Bearer ${sim.controlToken}`, 'Content-Type': 'application/json' },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          res.statusCode === 200
            ? resolve(JSON.parse(Buffer.concat(chunks).toString() || '{}'))
            : reject(new Error(`${method} ${controlPath}: ${res.statusCode} ${Buffer.concat(chunks)}`)),
        );
      },
    );
    req.on('error', reject);
    req.end(body === undefined ? undefined : JSON.stringify(body));
  });
}

/** Resolves when a line matching `match` is (or gets) in `lines`. */
async function waitForLine(
  lines: string[],
  match: (line: string) => boolean,
  timeoutMs: number,
  from = 0,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = lines.slice(from).find(match);
    if (found) return found;
    if (Date.now() > deadline)
      throw new Error(`no matching line within ${timeoutMs} ms; last lines:\n${lines.slice(-15).join('\n')}`);
    await sleep(200);
  }
}

describe('proactive alerts in the Playground channel @e2e', function () {
  this.timeout(240_000);
  let local: RunningLocalMode;
  let browser: Browser;
  let playground: PlaygroundPage;
  let sim: SimulatorConnection;
  let restartedBot: ChildProcess | undefined;
  const restartedOutput: string[] = [];

  before(async function () {
    if (!chromiumAvailable()) throw new Error('Chromium is missing: apt-get install -y chromium');
    local = await startLocalModeProcess({
      env: { ALERT_POLL_SECONDS: String(POLL_SECONDS), SIMULATOR_LATENCY: 'realistic' },
    });
    sim = JSON.parse(
      fs.readFileSync(path.join(local.dataDir, 'simulator', 'simulator.json'), 'utf8'),
    ) as SimulatorConnection;
    // Northwind is seeded with inbound automatic redemption off: make Contoso B healthy, and let any earlier alert end.
    await control(sim, 'POST', '/tenants/northwind/repair', { what: 'inboundAutoRedemption', partner: 'contoso' });
    const mark = local.output.length;
    await control(sim, 'POST', `/configurations/${encodeURIComponent('Contoso B')}/cycle`);
    if (local.output.some((l) => l.includes('"change":"opened"')))
      await waitForLine(local.output, (l) => l.includes('"change":"resolved"'), 60_000, mark);
    browser = await launchChromium();
    playground = new PlaygroundPage(await browser.newPage());
    await playground.open(local.playgroundUrl);
    await playground.openConversation('Contoso IT - Identity Ops');
  });

  // Teams gives up on late answers; the Playground does not, so each test checks the times local mode logged.
  afterEach(() => local?.checkAnswerTimes());

  after(async () => {
    await browser?.close();
    if (restartedBot && restartedBot.exitCode === null) {
      restartedBot.kill('SIGTERM');
      await new Promise((r) => restartedBot!.once('exit', r));
    }
    await local?.stop();
  });

  it('subscribes the channel', async () => {
    await playground.say('subscribe to alerts here', { channel: true });
    await playground.see(/Subscribed: this conversation gets alerts for every configuration/);
  });

  it("posts an alert card with cause and fix within a poll of Northwind's inbound policy breaking", async () => {
    await control(sim, 'POST', '/tenants/northwind/break', { what: 'inboundUserSync', partner: 'contoso' });
    const broken = Date.now();
    await control(sim, 'POST', `/configurations/${encodeURIComponent('Contoso B')}/cycle`);
    await playground.see(CARD_TITLE, (POLL_SECONDS + 10) * 1000);
    await playground.see(/Cause: .*(policy|redemption|inbound)/i);
    await playground.see(/Fix: /);
    assert.ok(Date.now() - broken < (POLL_SECONDS + 10) * 1000);
  });

  it('"Restart provisioning" on the alert card asks first, then restarts the job; the card says so', async () => {
    const restartsBefore = local.output.filter((l) => l.includes('provisioning restarted from an alert')).length;
    await playground.page.getByRole('button', { name: 'Restart provisioning' }).last().click();
    await playground.see(/Restart provisioning of Contoso B\? This clears the job's errors/);
    await playground.page.getByRole('button', { name: 'Yes, restart' }).last().click();
    // Graph's restart takes 1-3 s: the click is answered first, and the card shows the result when it is ready.
    await playground.see(/Restart requested by .* The card updates when the next cycle shows the result\./, 60_000);
    assert.equal(
      local.output.filter((l) => l.includes('provisioning restarted from an alert')).length - restartsBefore,
      1,
      'one restart',
    );
    assert.equal(await playground.page.getByText(/· Contoso B$/).count(), 1, 'the same card, updated in place');
  });

  it('posts no second card after the bot restarts', async () => {
    // Local mode's own lines carry its pid; the bot's lines (echoed as they are) carry the bot's.
    const botLine = local.output.find((l) => /^\{.*"pid":\d+/.test(l) && !l.includes(`"pid":${local.process.pid},`));
    assert.ok(botLine, 'the bot logs JSON lines with its pid');
    const pid = Number(/"pid":(\d+)/.exec(botLine!)![1]);
    process.kill(pid, 'SIGTERM'); // the bot local mode started for this test
    const source = sim.tenants.find((t) => t.role === 'source')!;
    const lib = process.env.TEST_LIB_DIR ?? path.resolve('lib');
    await sleep(1500);
    restartedBot = spawn(process.execPath, [path.join(lib, 'src', 'index.js')], {
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        DATA_DIR: local.dataDir,
        HOST: '127.0.0.1',
        PORT: new URL(local.botUrl).port,
        LOG_FORMAT: 'json',
        LOG_LEVEL: 'info',
        GRAPH_TENANT_ID: source.tenantId,
        GRAPH_CLIENT_ID: source.clientId,
        GRAPH_CLIENT_SECRET: source.clientSecret,
        GRAPH_BASE_URL: sim.graphBaseUrl,
        AUTHORITY_HOST: sim.authorityHost,
        NODE_EXTRA_CA_CERTS: sim.caFile,
        ALERT_POLL_SECONDS: String(POLL_SECONDS),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    readline.createInterface({ input: restartedBot.stdout! }).on('line', (l) => restartedOutput.push(l));
    readline.createInterface({ input: restartedBot.stderr! }).on('line', (l) => restartedOutput.push(l));
    await waitForLine(restartedOutput, (l) => l.includes('alert monitor started'), 60_000);
    await control(sim, 'POST', `/configurations/${encodeURIComponent('Contoso B')}/cycle`);
    await waitForLine(restartedOutput, (l) => l.includes('"msg":"alert poll"'), (POLL_SECONDS + 10) * 1000);
    assert.equal(restartedOutput.filter((l) => l.includes('alert posted')).length, 0, restartedOutput.join('\n'));
    // The card may have turned into "Quarantined" meanwhile (updated in place): count the cards by their headline.
    assert.equal(await playground.page.getByText(/· Contoso B$/).count(), 1);
  });

  it('announces recovery once the policy is repaired, on the same card', async () => {
    await control(sim, 'POST', '/tenants/northwind/repair', { what: 'inboundUserSync', partner: 'contoso' });
    await control(sim, 'POST', `/configurations/${encodeURIComponent('Contoso B')}/cycle`);
    await playground.see(/Recovered: Contoso B/, (POLL_SECONDS + 10) * 1000);
    assert.equal(
      await playground.page.getByText(/· Contoso B$/).count(),
      1,
      'one card for the incident, updated in place',
    );
  });
});
