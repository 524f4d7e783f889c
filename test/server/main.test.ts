import assert from 'node:assert/strict';
import net from 'node:net';
import { assertValidCard, cardText } from '../support/adaptiveCard';
import { startBotProcess } from '../support/botProcess';
import { LocalConnector, startConnector } from '../support/connector';
import { startTestSimulator, TestSimulator } from '../support/simulator';
import { teamsActivity } from '../support/turns';
import { postActivity } from '../support/teamsLimits';

/**
 * The composition root end to end: `node src/index.js` with the simulator's connection values in the
 * GRAPH_* variables, exactly as against a real tenant, answering activities POSTed to /api/messages.
 */
describe('the bot process against the tenant simulator', function () {
  this.timeout(60_000);
  let simulator: TestSimulator;
  let connector: LocalConnector;

  before(async () => {
    simulator = await startTestSimulator();
    connector = await startConnector();
  });
  after(async () => {
    await connector?.close();
    await simulator?.stop();
  });

  const graphEnv = (app: 'full' | 'limited' = 'full') => {
    const source = simulator.connection.tenants.find((t) => t.role === 'source')!;
    return {
      GRAPH_TENANT_ID: source.tenantId,
      GRAPH_CLIENT_ID: (app === 'full' ? source.clientId : source.limitedClientId)!,
      GRAPH_CLIENT_SECRET: (app === 'full' ? source.clientSecret : source.limitedClientSecret)!,
      GRAPH_BASE_URL: simulator.connection.graphBaseUrl,
      AUTHORITY_HOST: simulator.connection.authorityHost,
      HOME_TENANT_ID: source.tenantId,
    };
  };

  async function ask(url: string, text: string, id: string) {
    const source = simulator.connection.tenants.find((t) => t.role === 'source')!;
    const activity = teamsActivity({
      type: 'message',
      id,
      text,
      serviceUrl: connector.url,
      channelData: { tenant: { id: source.tenantId } },
    });
    activity.conversation = { ...activity.conversation!, tenantId: source.tenantId };
    const response = await postActivity(url, activity);
    assert.equal(response.status, 200);
    // Under load a typing indicator can come first (Teams AI sends one after a second).
    const reply = await connector.waitFor((r) => r.activityId === id && r.activity.type === 'message');
    const card = reply.activity.attachments?.[0]?.content;
    assertValidCard(card);
    return cardText(card);
  }

  it('lists the configurations with their targets, is ready, and stops cleanly on SIGTERM', async () => {
    const bot = await startBotProcess(graphEnv());
    try {
      assert.ok(
        bot.logs.some((l) => /^mode: /.test(l.msg)),
        'says which mode it chose',
      );
      const text = await ask(bot.url, 'list configurations', 'main-1');
      assert.match(text, /Contoso A[\s\S]*Fabrikam/);
      assert.match(text, /Contoso B[\s\S]*Northwind/);
      const ready = await fetch(`${bot.url}/readyz`);
      assert.deepEqual(await ready.json(), {
        status: 'ready',
        checks: { storage: 'ok', graph: 'ok' },
        queue: { inFlight: 0, waiting: 0 },
      });
      const details = await ask(bot.url, 'show configuration contoso-a', 'main-2');
      assert.match(details, /Contoso A[\s\S]*Key attribute mappings[\s\S]*Trust and automatic redemption/);
    } finally {
      assert.equal(await bot.stop(), 0);
    }
  });

  it('names the missing Graph permission when its app lacks it', async () => {
    const bot = await startBotProcess(graphEnv('limited'));
    try {
      const text = await ask(bot.url, 'list configurations', 'main-3');
      assert.match(text, /missing the Graph permission|not allowed to do that in Microsoft Graph/);
      assert.match(text, /Application\.Read\.All|Application\.ReadWrite\.OwnedBy|Synchronization\.Read\.All/);
      assert.match(text, /Graph request id/);
      // /readyz proves sign-in and one cheap read (Directory.Read.All covers it); a missing Synchronization
      // permission shows on the commands that need it, as above.
      const ready = await fetch(`${bot.url}/readyz`);
      assert.deepEqual(await ready.json(), {
        status: 'ready',
        checks: { storage: 'ok', graph: 'ok' },
        queue: { inFlight: 0, waiting: 0 },
      });
      const logged = bot.logs.find((l) => l.code === 'GraphForbidden');
      assert.ok(logged, 'the refusal is logged with its code');
    } finally {
      await bot.stop();
    }
  });

  it('says Graph cannot be reached when it is down, and is not ready', async () => {
    const closed = await new Promise<number>((resolve) => {
      const probe = net.createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as net.AddressInfo;
        probe.close(() => resolve(port));
      });
    });
    const down = `https://127.0.0.1:${closed}`;
    const bot = await startBotProcess({ ...graphEnv(), GRAPH_BASE_URL: `${down}/v1.0`, AUTHORITY_HOST: down });
    try {
      const text = await ask(bot.url, 'list configurations', 'main-4');
      assert.match(text, /can't reach Microsoft Graph/);
      const ready = await fetch(`${bot.url}/readyz`);
      assert.equal(ready.status, 503);
      assert.equal(((await ready.json()) as { checks: Record<string, string> }).checks.storage, 'ok');
    } finally {
      await bot.stop();
    }
  });
});
