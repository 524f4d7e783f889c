import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { MemoryStorage, StoreItems } from 'botbuilder';
import { createBot } from '../../src/bot/createBot';
import type { BotIdentity } from '../../src/config';
import { startServer, RunningServer } from '../../src/server/startServer';
import { CONTOSO_A } from '../support/configurations';
import { LocalConnector, startConnector } from '../support/connector';
import { fakeCatalog } from '../support/fakeCatalog';
import { captureLogs } from '../support/logs';
import { EVERY_ROLE, HOME_TENANT, teamsActivity } from '../support/turns';

const APP_ID = '7d3f1e2a-4b5c-4d6e-8f90-a1b2c3d4e5f6';

/** A JWT shaped like the Bot Connector's, signed with a key of our own (nobody published it). */
function forgedToken(serviceUrl: string): string {
  const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  const now = Math.floor(Date.now() / 1000);
  const encode = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const header = encode({ alg: 'RS256', typ: 'JWT', kid: 'forged-key-1', x5t: 'forged-key-1' });
  const payload = encode({
    iss: 'https://api.botframework.com',
    aud: APP_ID,
    serviceurl: serviceUrl,
    nbf: now - 60,
    iat: now - 60,
    exp: now + 3600,
  });
  const signature = crypto.sign('RSA-SHA256', Buffer.from(`${header}.${payload}`), privateKey).toString('base64url');
  return `${header}.${payload}.${signature}`;
}

/** MemoryStorage that counts writes, so a test can show a refused request wrote nothing. */
class CountingStorage extends MemoryStorage {
  writes = 0;
  override async write(changes: StoreItems): Promise<void> {
    this.writes++;
    return super.write(changes);
  }
}

const identities: Record<string, BotIdentity> = {
  'single tenant': { appId: APP_ID, password: 'not-a-real-secret', type: 'SingleTenant', tenantId: HOME_TENANT },
  'user-assigned managed identity': { appId: APP_ID, type: 'UserAssignedMsi', tenantId: HOME_TENANT },
};

for (const [kind, identity] of Object.entries(identities)) {
  describe(`Bot Framework authentication in azure mode (${kind})`, function () {
    this.timeout(30_000);
    let connector: LocalConnector;
    let server: RunningServer;
    const storage = new CountingStorage();
    const roles = {
      lookups: [] as string[],
      rolesOf: async (id: string) => (roles.lookups.push(id), EVERY_ROLE.roles.rolesOf(id)),
    };
    const logs = captureLogs('debug');
    let turns = 0;

    before(async () => {
      connector = await startConnector();
      const { app, adapter } = createBot({
        logger: logs.logger,
        storage,
        catalog: fakeCatalog([CONTOSO_A]),
        homeTenantId: HOME_TENANT,
        identity,
        access: { roles, settings: EVERY_ROLE.settings },
      });
      const bot = { run: (ctx: Parameters<typeof app.run>[0]) => (turns++, app.run(ctx)) };
      server = await startServer({ host: '127.0.0.1', port: 0, logger: logs.logger, adapter: adapter as never, bot });
    });
    after(async () => {
      await server?.close();
      await connector?.close();
    });

    const post = (authorization?: string) =>
      fetch(`${server.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
        body: JSON.stringify(
          teamsActivity({
            type: 'message',
            id: `auth-${Date.now()}`,
            text: 'list configurations',
            serviceUrl: connector.url,
          }),
        ),
      });

    const assertNothingRan = () => {
      assert.equal(turns, 0, 'the bot did not run');
      assert.equal(storage.writes, 0, 'nothing was written');
      assert.equal(roles.lookups.length, 0, 'no role lookup');
      assert.equal(connector.received.length, 0, 'no reply was sent');
    };

    it('refuses a request without a token with 401, and nothing runs', async () => {
      const response = await post();
      assert.equal(response.status, 401);
      assertNothingRan();
    });

    it('refuses a token that is not a JWT, or not a bearer token, with 401', async () => {
      for (const header of [
        'Bearer not-a-jwt',
        'Basic dXNlcjpwYXNz',
        `Bearer ${forgedToken(connector.url).split('.').slice(0, 2).join('.')}.`,
      ]) {
        assert.equal((await post(header)).status, 401, header.slice(0, 20));
      }
      assertNothingRan();
    });

    it(
      'refuses a forged token (signed by a key nobody published) with 401, even though the signing keys cannot be ' +
        'fetched offline',
      async () => {
        const response = await post(`Bearer ${forgedToken(connector.url)}`);
        assert.equal(response.status, 401);
        assertNothingRan();
        const [refusal] = logs.find('request refused: no valid Bot Framework token');
        assert.equal(refusal.code, 'BotUnauthenticated');
        assert.ok(
          !JSON.stringify(logs.entries).includes(forgedToken(connector.url).split('.')[1]),
          'the token never reaches the log',
        );
      },
    );
  });
}
