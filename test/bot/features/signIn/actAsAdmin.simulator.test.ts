import assert from 'node:assert/strict';
import { MemoryStorage, type Activity } from 'botbuilder';
import { ErrorCode, isCoded } from '../../../../src/errors';
import { createWrites } from '../../../../src/compose/writes';
import type { GraphSettings } from '../../../../src/config';
import { createGraphGateway } from '../../../../src/graph/createGraphGateway';
import type { GraphGateway } from '../../../../src/graph/gateway';
import { createConfigurationCatalog } from '../../../../src/sync/configurationCatalog';
import { createSyncOperations } from '../../../../src/sync/operations';
import { startTestSimulator, type TestSimulator } from '../../../support/simulator';
import { visibleText } from '../../../support/syncBot';
import { botUnderTest, type BotUnderTest } from '../../../support/turns';
import { captureLogs } from '../../../support/logs';
import { DEFAULT_ROLE_SETTINGS, fixedRoles } from '../../../support/roles';

/** The app identity keeps reads and logs only: every change must come from a person's own token. */
const READ_ONLY_APP = [
  'User.Read.All',
  'GroupMember.Read.All',
  'Group.Read.All',
  'Directory.Read.All',
  'RoleManagement.Read.Directory',
  'Policy.Read.All',
  'CrossTenantInformation.ReadBasic.All',
  'Application.Read.All',
  'Synchronization.Read.All',
  'AuditLog.Read.All',
];

describe('acting as the admin: changes with the person’s own Entra token (simulator)', function () {
  this.timeout(90_000);
  let sim: TestSimulator;
  let gateway: GraphGateway;
  let bot: BotUnderTest;
  let tenantId: string;
  let storage: MemoryStorage;
  let logText: () => string;
  const people: Record<string, string> = {};

  const from = (name: string): Partial<Activity> => ({
    from: { id: `29:${name}`, aadObjectId: people[name], name },
    conversation: { id: `a:1x${name}`, conversationType: 'personal', tenantId, isGroup: false, name: '' },
    channelData: { tenant: { id: tenantId } },
  });

  /** Teams' silent SSO: the person's token in a signin/tokenExchange invoke. */
  async function signIn(name: string, upn: string) {
    const token = await sim.userAssertion(upn);
    const answer = await bot.invoke(
      'signin/tokenExchange',
      { id: 'exchange-1', connectionName: '', token },
      from(name),
    );
    return { ...answer, token };
  }

  beforeEach(async () => {
    sim = await startTestSimulator();
    const source = sim.connection.tenants.find((t) => t.role === 'source')!;
    tenantId = source.tenantId;
    await sim.control('PATCH', `/tenants/${tenantId}/apps/${source.clientId}`, { roles: READ_ONLY_APP });
    const logs = captureLogs('debug');
    const { logger } = logs;
    storage = new MemoryStorage();
    const settings: GraphSettings = {
      baseUrl: sim.connection.graphBaseUrl,
      authorityHost: sim.connection.authorityHost,
      timeoutMs: 15_000,
      credential: { kind: 'secret', tenantId, clientId: source.clientId, clientSecret: source.clientSecret },
    };
    gateway = createGraphGateway({ settings, logger });
    const catalog = createConfigurationCatalog({ gateway, logger, cacheMs: 0 });
    const sso = {
      clientId: source.clientId,
      credential: { kind: 'secret' as const, clientSecret: source.clientSecret },
      resource: source.appIdUri,
    };
    const { writes, signIn: sign } = createWrites({ graphWrites: 'user', sso, graph: settings }, gateway, logger);
    const operations = createSyncOperations({ gateway, catalog, logger, writes });
    for (const [name, upn] of [
      ['Alex Wilber', 'AlexW@contoso.com'],
      ['Lynne Robbins', 'LynneR@contoso.com'],
      ['Miriam Graham', 'MiriamG@contoso.com'],
    ]) {
      people[name] = (await gateway.getUser(upn))!.id;
    }
    bot = botUnderTest({
      storage,
      catalog,
      operations,
      signIn: { tokens: sign!.tokens, resource: sso.resource, signInLink: 'https://login.example/consent' },
      // Both are operators of the bot; only Alex holds an Entra role that may provision.
      access: {
        roles: fixedRoles({
          [people['Alex Wilber']]: ['reader', 'operator'],
          [people['Lynne Robbins']]: ['reader', 'operator'],
          [people['Miriam Graham']]: ['reader', 'operator'],
        }),
        settings: DEFAULT_ROLE_SETTINGS,
      },
    });
    logText = () => JSON.stringify([logs.entries, bot.logs.entries]);
  });
  afterEach(async () => sim?.stop());

  /** Neither the SSO token nor anything derived from it is in a log line, a reply or the bot's storage. */
  function assertNoTokenLeft(token: string, replies: Partial<Activity>[]): void {
    const signature = token.split('.')[2]!;
    const body = token.split('.')[1]!;
    for (const [where, text] of [
      ['logs', logText()],
      ['replies', JSON.stringify(replies)],
      ['storage', JSON.stringify(storage)],
    ] as const) {
      assert.ok(!text.includes(signature) && !text.includes(body), `the SSO token reached the ${where}`);
    }
  }

  it('an operator provisions and pauses with their own token: Entra’s logs name them, not the app', async () => {
    const signedIn = await signIn('Alex Wilber', 'AlexW@contoso.com');
    assert.equal(signedIn.invoke?.status, 200);
    assert.match(signedIn.replies.map((r) => r.text).join(' '), /You are signed in/);
    const replies = await bot.say('provision Adele Vance now', from('Alex Wilber'));
    const card = visibleText(replies.at(-1)?.attachments?.[0]?.content);
    assert.match(card, /Adele Vance/);
    const contosoA = (await gateway.listConfigurations()).find((c) => c.displayName === 'Contoso A')!;
    const [newest] = (await gateway.listProvisioningLogs({ servicePrincipalId: contosoA.servicePrincipalId, top: 1 }))
      .items;
    assert.equal(newest?.initiatedBy, 'Alex Wilber');

    // A job change is audited in Entra's directory audit log with the person as the actor, not the bot's app.
    const paused = await bot.say('pause Contoso A', from('Alex Wilber'));
    assert.match(visibleText(paused.at(-1)?.attachments?.[0]?.content), /Contoso A is paused/);
    const audits = await fetch(`${sim.connection.graphBaseUrl}/auditLogs/directoryAudits`, {
      headers: { Authorization: `Bearer ${await sim.token()}` },
    }).then(
      (r) => r.json() as Promise<{ value: Array<{ initiatedBy: { user?: { displayName?: string }; app?: unknown } }> }>,
    );
    const last = audits.value[0];
    assert.equal(last?.initiatedBy.user?.displayName, 'Alex Wilber', JSON.stringify(last));
    assert.ok(!last?.initiatedBy.app, 'the bot app is not the actor');
    assertNoTokenLeft(signedIn.token, [...signedIn.replies, ...replies, ...paused]);
  });

  it('an operator without the Entra role is refused: the card names the roles, PIM, the request id', async () => {
    // The app identity itself may not change anything: only the person's token could.
    const contosoA = (await gateway.listConfigurations()).find((c) => c.displayName === 'Contoso A')!;
    const refusedApp = await gateway.startJob(contosoA.servicePrincipalId, contosoA.job!.id).catch((e: unknown) => e);
    assert.ok(isCoded(refusedApp, ErrorCode.GraphForbidden), String(refusedApp));
    const signedIn = await signIn('Lynne Robbins', 'LynneR@contoso.com');
    assert.equal(signedIn.invoke?.status, 200);
    const replies = await bot.say('provision Adele Vance now', from('Lynne Robbins'));
    const card = visibleText(replies.at(-1)?.attachments?.[0]?.content);
    assert.match(card, /Hybrid Identity Administrator/);
    assert.match(card, /Privileged Identity Management/);
    assert.match(card, /Graph request id/);
    assertNoTokenLeft(signedIn.token, [...signedIn.replies, ...replies]);
  });

  it('someone not signed in is asked to sign in, and nothing is changed', async () => {
    const replies = await bot.say('provision Adele Vance now', from('Alex Wilber'));
    const card = visibleText(replies.at(-1)?.attachments?.[0]?.content);
    assert.match(card, /Sign in to make this change/);
    assert.match(card, /sign in/);
    const asked = await bot.say('sign in', from('Alex Wilber'));
    const oauth = asked.at(-1)?.attachments?.[0];
    assert.equal(oauth?.contentType, 'application/vnd.microsoft.card.oauth');
    assert.equal(
      (oauth?.content as { tokenExchangeResource?: { uri?: string } }).tokenExchangeResource?.uri,
      sim.connection.tenants[0]!.appIdUri,
    );
  });

  it('when Conditional Access wants MFA, the sign-in falls back to the button and the card says so', async () => {
    const signedIn = await signIn('Miriam Graham', 'MiriamG@contoso.com');
    assert.equal(signedIn.invoke?.status, 412);
    const card = visibleText(signedIn.replies.at(-1)?.attachments?.[0]?.content);
    assert.match(card, /multi-factor authentication/);
    assertNoTokenLeft(signedIn.token, signedIn.replies);
  });
});
