import assert from 'node:assert/strict';
import { ActivityTypes, TurnContext } from 'botbuilder';
import type { BotFrameworkAuthentication, ClaimsIdentity, ConnectorFactory } from 'botframework-connector';
import { createAdapter } from '../../src/bot/adapter';
import { reuseConnectorClients } from '../../src/bot/reuseConnectorClients';
import { startServer, RunningServer } from '../../src/server/startServer';
import { LocalConnector, startConnector } from '../support/connector';
import { captureLogs } from '../support/logs';
import { teamsActivity } from '../support/turns';
import { postActivity } from '../support/teamsLimits';

describe('Connector clients reused across turns', () => {
  const adapter = createAdapter(undefined);
  const clients: Array<{ serviceUrl: string; client: unknown }> = [];
  let first: LocalConnector;
  let second: LocalConnector;
  let server: RunningServer;

  before(async () => {
    [first, second] = await Promise.all([startConnector(), startConnector()]);
    const echo = {
      run: async (ctx: TurnContext) => {
        clients.push({ serviceUrl: ctx.activity.serviceUrl, client: ctx.turnState.get(adapter.ConnectorClientKey) });
        await ctx.sendActivity(`echo: ${ctx.activity.text}`);
        return true;
      },
    };
    server = await startServer({
      host: '127.0.0.1',
      port: 0,
      logger: captureLogs('warn').logger,
      adapter: adapter as never,
      bot: echo,
    });
  });
  after(async () => {
    await server?.close();
    await Promise.all([first?.close(), second?.close()]);
  });

  const say = async (connector: LocalConnector, id: string) => {
    const activity = teamsActivity({ type: ActivityTypes.Message, id, text: id, serviceUrl: connector.url });
    const response = await postActivity(server.url, activity);
    assert.equal(response.status, 200);
    return connector.waitFor((r) => r.activityId === id);
  };

  it('answers each activity at its own serviceUrl, with one client per service URL', async () => {
    assert.equal((await say(first, 'one-1')).activity.text, 'echo: one-1');
    assert.equal((await say(second, 'two-1')).activity.text, 'echo: two-1');
    assert.equal((await say(first, 'one-2')).activity.text, 'echo: one-2');
    assert.deepEqual(
      first.received.map((r) => r.activityId),
      ['one-1', 'one-2'],
    );
    assert.deepEqual(
      second.received.map((r) => r.activityId),
      ['two-1'],
    );
    const [one1, two1, one2] = clients;
    assert.equal(one2.client, one1.client, 'the second turn at the same service URL reuses the client');
    assert.notEqual(two1.client, one1.client);
  });
});

describe('reuseConnectorClients', () => {
  const claims = {
    getClaimValue: (type: string) => (type === 'aud' ? 'bot-app-id' : null),
  } as unknown as ClaimsIdentity;

  /** An authentication whose connector factory fails its first `failures` creations. */
  function fakeAuthentication(failures: number) {
    const created: string[] = [];
    const factory = {
      create: async (serviceUrl: string) => {
        created.push(serviceUrl);
        if (created.length <= failures) throw new Error('credentials could not be made');
        return { serviceUrl, n: created.length };
      },
    } as unknown as ConnectorFactory;
    const auth = {
      authenticateRequest: async () => ({
        claimsIdentity: claims,
        audience: 'api',
        callerId: '',
        connectorFactory: factory,
      }),
      createConnectorFactory: () => factory,
      createUserTokenClient: async () => ({}),
    } as unknown as BotFrameworkAuthentication;
    reuseConnectorClients(auth);
    return { auth, created };
  }

  it('tries again after a client could not be made, instead of keeping the failure', async () => {
    const { auth, created } = fakeAuthentication(1);
    const factory = auth.createConnectorFactory(claims);
    await assert.rejects(factory.create('https://smba.example/amer/', 'api'), /credentials could not be made/);
    const client = await factory.create('https://smba.example/amer/', 'api');
    assert.equal(await factory.create('https://smba.example/amer/', 'api'), client);
    assert.equal(created.length, 2);
  });

  it('keeps a client per audience and service URL, shared by proactive and incoming turns', async () => {
    const { auth, created } = fakeAuthentication(0);
    const incoming = (await auth.authenticateRequest({} as never, '')).connectorFactory!;
    const a = await incoming.create('https://smba.example/amer/', 'api');
    assert.equal(await auth.createConnectorFactory(claims).create('https://smba.example/amer/', 'api'), a);
    assert.notEqual(await incoming.create('https://smba.example/emea/', 'api'), a);
    assert.notEqual(await incoming.create('https://smba.example/amer/', 'other-audience'), a);
    assert.equal(created.length, 3);
  });
});
