import assert from 'node:assert/strict';
import { CodedError, ErrorCode } from '../../src/errors';
import { cardOf, cardText } from '../support/adaptiveCard';
import { CONTOSO_A } from '../support/configurations';
import { fakeCatalog } from '../support/fakeCatalog';
import { DEFAULT_ROLE_SETTINGS, fixedRoles } from '../support/roles';
import { botUnderTest, USER } from '../support/turns';

const AUTHORITY = 'https://login.microsoftonline.com/0f1e2d3c-4b5a-4697-8877-665544332211';
const CLIENT = '7c6b5a49-3827-4165-9504-f3e2d1c0b9a8';
/** What the token provider throws when Entra refuses the bot's own credentials (tokenErrors.ts words it so). */
const signInRefused = () =>
  new CodedError(
    ErrorCode.GraphUnauthorized,
    `I couldn't check your roles in Microsoft Entra ID. Could not get a Graph token from ${AUTHORITY} for client ` +
      `${CLIENT}: the client secret has expired: create a new one under Certificates & secrets and update ` +
      'GRAPH_CLIENT_SECRET.',
    { graphCode: 'invalid_client', aadsts: '7000222' },
  );

describe('error cards show how the bot is set up to operators only', () => {
  it('a role lookup that fails shows a person with no role neither authority, tenant id nor client id', async () => {
    const roles = { rolesOf: async () => Promise.reject(signInRefused()) };
    const t = botUnderTest({ catalog: fakeCatalog([CONTOSO_A]), access: { roles, settings: DEFAULT_ROLE_SETTINGS } });
    const [reply] = await t.say('list configurations');
    const text = cardText(cardOf(reply));
    assert.match(text, /Microsoft Graph rejected the bot's sign-in/);
    assert.match(text, /couldn't check your roles[\s\S]*the client secret has expired/, 'what happened, without where');
    assert.match(text, /Tell whoever runs this bot/);
    assert.match(text, /Reference/);
    for (const secret of [AUTHORITY, 'login.microsoftonline.com', '0f1e2d3c', CLIENT, 'GRAPH_CLIENT_SECRET'])
      assert.ok(!text.includes(secret), `${secret} shown: ${text}`);
    const [logged] = t.logs.find('request not served');
    assert.match(String(logged.errorMessage), new RegExp(CLIENT), 'the log keeps the details');
    assert.ok(logged.correlationId && text.includes(String(logged.correlationId)), 'the card names the log line');
  });

  it('an operator sees the same failure in full', async () => {
    const catalog = fakeCatalog([CONTOSO_A]);
    catalog.failWith(signInRefused());
    const failing = botUnderTest({
      catalog,
      access: { roles: fixedRoles({ [USER.aadObjectId]: ['reader', 'operator'] }), settings: DEFAULT_ROLE_SETTINGS },
    });
    const text = cardText(cardOf((await failing.say('list configurations'))[0]));
    assert.match(text, new RegExp(CLIENT));
    assert.match(text, /GRAPH_CLIENT_SECRET/);
  });

  it('a reader does not see it', async () => {
    const catalog = fakeCatalog([CONTOSO_A]);
    catalog.failWith(signInRefused());
    const t = botUnderTest({
      catalog,
      access: { roles: fixedRoles({ [USER.aadObjectId]: ['reader'] }), settings: DEFAULT_ROLE_SETTINGS },
    });
    const text = cardText(cardOf((await t.say('list configurations'))[0]));
    assert.ok(!text.includes(CLIENT) && !text.includes('login.microsoftonline.com'), text);
  });
});
