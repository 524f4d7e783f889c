import assert from 'node:assert/strict';
import { MemoryStorage, type Activity } from 'botbuilder';
import { createBot } from '../../src/bot/createBot';
import { Verb } from '../../src/cards/verbs';
import { startServer, RunningServer } from '../../src/server/startServer';
import { assertValidCard, cardText } from '../support/adaptiveCard';
import { CONTOSO_A, CONTOSO_B } from '../support/configurations';
import { LocalConnector, startConnector } from '../support/connector';
import { fakeCatalog } from '../support/fakeCatalog';
import { captureLogs } from '../support/logs';
import { EVERY_ROLE, HOME_TENANT, teamsActivity } from '../support/turns';
import { postActivity } from '../support/teamsLimits';

describe('POST /api/messages over HTTP', () => {
  let connector: LocalConnector;
  let server: RunningServer;
  const logs = captureLogs('debug');

  before(async () => {
    connector = await startConnector();
    // The real adapter without a bot identity (local mode): no JWT, replies to the serviceUrl.
    const { app, adapter } = createBot({
      logger: logs.logger,
      storage: new MemoryStorage(),
      catalog: fakeCatalog([CONTOSO_A, CONTOSO_B]),
      homeTenantId: HOME_TENANT,
      access: EVERY_ROLE,
    });
    server = await startServer({
      host: '127.0.0.1',
      port: 0,
      logger: logs.logger,
      adapter: adapter as never,
      bot: app,
    });
  });
  after(async () => {
    await server?.close();
    await connector?.close();
  });

  const post = (activity: Partial<Activity>) => postActivity(server.url, activity);

  it("answers a message through the Bot Connector at the activity's serviceUrl", async () => {
    const activity = teamsActivity({
      type: 'message',
      id: 'f:1001',
      text: '<at>Sync Bot</at> list configurations',
      serviceUrl: connector.url,
      conversation: {
        id: 'a:1x;messageid=1001',
        conversationType: 'personal',
        tenantId: HOME_TENANT,
        isGroup: false,
        name: '',
      },
    });
    activity.entities = [
      { type: 'mention', mentioned: { id: activity.recipient!.id, name: 'Sync Bot' }, text: '<at>Sync Bot</at>' },
    ];
    const response = await post(activity);
    assert.equal(response.status, 200);
    const reply = await connector.waitFor((r) => r.activityId === 'f:1001');
    assert.equal(reply.method, 'POST');
    assert.equal(reply.conversationId, 'a:1x;messageid=1001');
    assert.equal(reply.authorization, undefined, 'no bot identity: no token on replies');
    assert.equal(reply.activity.replyToId, 'f:1001');
    const card = reply.activity.attachments?.[0]?.content;
    assertValidCard(card);
    assert.match(cardText(card), /Contoso B[\s\S]*Northwind[\s\S]*Contoso A[\s\S]*Fabrikam/);
  });

  it('answers a card button in the HTTP response of the invoke', async () => {
    const response = await post(
      teamsActivity({
        type: 'invoke',
        id: 'f:1002',
        name: 'adaptiveCard/action',
        serviceUrl: connector.url,
        replyToId: 'connector-1',
        value: {
          action: {
            type: 'Action.Execute',
            verb: Verb.showConfiguration,
            data: { configurationId: CONTOSO_B.servicePrincipalId },
          },
          trigger: 'manual',
        },
      }),
    );
    assert.equal(response.status, 200);
    const body = (await response.json()) as { statusCode: number; type: string; value: unknown };
    assert.equal(body.type, 'application/vnd.microsoft.card.adaptive');
    assertValidCard(body.value);
    assert.match(cardText(body.value), /Contoso B[\s\S]*EncounteredQuarantineException/);
  });

  it('logs the turn with its ids', async () => {
    const [entry] = logs.find('action started', (e) => e.activityId === 'f:1001');
    assert.equal(entry.conversationId, 'a:1x;messageid=1001');
    assert.equal(entry.tenantId, HOME_TENANT);
  });

  it('refuses a request that is not an activity', async () => {
    const response = await fetch(`${server.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"hello":',
    });
    assert.ok(response.status >= 400 && response.status < 500, `status ${response.status}`);
  });
});
