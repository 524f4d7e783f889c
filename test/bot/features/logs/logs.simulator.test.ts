import assert from 'node:assert/strict';
import { Verb } from '../../../../src/cards/verbs';
import { assertValidCard, buttonsOf, cardOf } from '../../../support/adaptiveCard';
import { startSyncWorld, SyncWorld, visibleText } from '../../../support/syncBot';

describe('logs, explanations and mappings in chat (simulator)', function () {
  this.timeout(60_000);
  let world: SyncWorld;
  before(async () => {
    world = await startSyncWorld();
    await world.bot.say('provision Nestor Wilke'); // a failure in Contoso B's logs
    await world.bot.say('provision Adele Vance'); // a creation in Contoso A's
  });
  after(async () => world?.stop());

  const say = async (text: string) => {
    const replies = await world.bot.say(text);
    assert.equal(replies.length, 1, `one card for "${text}"`);
    const card = cardOf(replies[0]);
    assertValidCard(card);
    return { card, text: visibleText(card) };
  };
  const click = async (button: { verb: string; data: Record<string, unknown> }) => {
    const { invoke } = await world.bot.click(button.verb, button.data);
    const body = invoke?.body as { type?: string; value?: unknown };
    assert.equal(body?.type, 'application/vnd.microsoft.card.adaptive', String(body?.value));
    assertValidCard(body.value);
    return { card: body.value, text: visibleText(body.value) };
  };

  it(
    '"show failures for Contoso B today" lists the failure; its details show every step, the reason, the fix and ' +
      'the Entra link',
    async () => {
      const { card, text } = await say('show failures for Contoso B today');
      assert.match(text, /Failures for Contoso B/);
      assert.match(text, /Today \(UTC\), newest first · page 1/);
      assert.match(text, /Nestor Wilke\ncreate\nfailure\nAzureDirectoryB2BManagementPolicyCheckFailure/);
      const row = buttonsOf(card).find((b) => b.verb === Verb.logDetails)!;
      const details = await click(row);
      assert.match(details.text, /Failed: could not create Nestor Wilke in Northwind Traders/);
      for (const step of ['Import', 'Scoping', 'Matching', 'Action'])
        assert.match(details.text, new RegExp(`^${step}$`, 'm'));
      assert.match(details.text, /The provisioning service said: Policy permitting auto-redemption/);
      assert.match(details.text, /Fix: /);
      assert.match(details.text, /Change id: /);
      const link = (details.card as { actions: Array<{ type: string; url?: string }> }).actions.find(
        (a) => a.type === 'Action.OpenUrl',
      );
      assert.match(
        link?.url ?? '',
        new RegExp(
          String.raw`^https:\/\/entra\.microsoft\.com\/#view\/Microsoft_AAD_Connect_Provisioning\/ProvisioningM` +
            String.raw`enuBlade\/~\/ProvisioningLogs\/objectId\/`,
        ),
      );
    },
  );

  it('"logs for Contoso A last 2 hours" pages with the gateway cursor and filters with buttons', async () => {
    await world.sim.control('POST', '/seed/provisioning-logs', { count: 30, configuration: 'Contoso A', hours: 1 });
    const first = await say('logs for Contoso A last 2 hours');
    assert.match(first.text, /Provisioning logs for Contoso A\nThe last 2 hours, newest first · page 1/);
    const next = buttonsOf(first.card).find((b) => b.verb === Verb.logsPage)!;
    assert.match(String(next.data.cursor), /^\/auditLogs\/provisioning\?/);
    const second = await click(next);
    assert.match(second.text, /page 2/);
    const failuresOnly = buttonsOf(first.card).find((b) => b.title === 'Failures only')!;
    const failures = await click(failuresOnly);
    assert.match(failures.text, /Failures for Contoso A/);
    assert.match(failures.text, /AzureActiveDirectoryForbidden/);
    assert.doesNotMatch(failures.text, /\nskipped\n/);
    const forged = await world.bot.click(Verb.logsPage, { ...next.data, cursor: '/users?$top=999' });
    assert.match(
      String((forged.invoke?.body as { value: unknown }).value),
      /That page link does not belong to this list/,
    );
  });

  it('"what happened to Adele Vance" says she was created in Fabrikam as Member', async () => {
    const { text } = await say('what happened to Adele Vance');
    assert.match(text, /What happened to Adele Vance/);
    assert.match(text, /Contoso A → Fabrikam, Inc\./);
    assert.match(text, /Created Adele Vance in Fabrikam, Inc\. as Member/);
  });

  it('"why was Lee Gu skipped?" names the scoping filter and the SMS sign-in fix', async () => {
    const { text } = await say('why was Lee Gu skipped?');
    assert.match(text, /Skipped: Lee Gu was not provisioned to Fabrikam/);
    assert.match(
      text,
      new RegExp(
        String.raw`the scoping filter "Filter external users\.alternativeSecurityIds EQUALS 'None'" did not` +
          String.raw` pass; this user has SMS sign-in enabled`,
      ),
    );
    assert.match(text, /Fix: Disable SMS sign-in for the user, then provision again/);
  });

  it(
    '"explain AzureDirectoryB2BManagementPolicyCheckFailure" gives cause and fix, and checks which side lacks ' +
      'auto-redemption',
    async () => {
      const { text } = await say('explain AzureDirectoryB2BManagementPolicyCheckFailure');
      assert.match(text, /Automatic redemption is not allowed between the tenants/);
      assert.match(text, /Why it happens[\s\S]*How to fix it/);
      assert.match(text, /Contoso B → Northwind Traders: this is the problem here/);
      assert.match(text, /❌ Northwind Traders \(target\): .*Inbound access > Trust settings .* is off/);
      assert.match(text, /Contoso A → Fabrikam, Inc\.: these settings are fine/);
      const unknown = await say('explain NoSuchErrorCodeAtAll');
      assert.match(unknown.text, /I don't know the code "NoSuchErrorCodeAtAll"/);
      const user = await say('explain Adele');
      assert.match(user.text, /Why: Adele Vance[\s\S]*Created Adele Vance in Fabrikam/);
      const quarantine = await say('what does TooManyDeletes mean');
      assert.match(quarantine.text, /Quarantined: deletion threshold exceeded/);
    },
  );

  it(
    "the configuration card's buttons open the logs, the mappings and test connection of that " + 'configuration',
    async () => {
      const details = cardOf((await world.bot.say('show configuration Contoso B'))[0]);
      const buttons = buttonsOf(details);
      const byVerb = (verb: string) => buttons.find((b) => b.verb === verb)!;
      assert.match((await click(byVerb(Verb.showLogs))).text, /Provisioning logs for Contoso B[\s\S]*Nestor Wilke/);
      assert.match((await click(byVerb(Verb.showMappings))).text, /Attribute mappings of Contoso B/);
      assert.match(
        (await click(byVerb(Verb.testConnection))).text,
        /Test connection failed[\s\S]*Northwind Traders \(target tenant\)/,
      );
    },
  );

  it("tells a person who waits for Graph's log quota on the card, and never lets Graph answer 429", async () => {
    const before = world.updates.length;
    const counters = async () =>
      ((await world.sim.control('GET', '/counters')).body as { requests: Record<string, number> }).requests;
    await world.sim.control('POST', '/counters/reset');
    // Each read is one request against Graph's 5 per 10 s for the app in the tenant: the sixth one waits.
    for (let i = 0; i < 7; i++) {
      const { text } = await say('show failures for Contoso B today');
      assert.match(text, /Nestor Wilke/);
    }
    const waiting = world.updates
      .slice(before)
      .map((u) => visibleText(u.card))
      .find((t) => /Waiting for Graph's log quota, \d+ s/.test(t));
    assert.ok(waiting, 'a progress card said what it waited for and how long');
    const served = await counters();
    assert.ok((served['GET /v1.0/auditLogs/provisioning'] ?? 0) >= 7);
    const throttled = world.requests.filter((r) => /auditLogs/.test(r.path) && r.status === 429);
    assert.deepEqual(throttled, [], 'Graph never had to throttle the bot');
  });

  it('"show mappings Contoso A" shows the mappings and the warnings that matter', async () => {
    const { text } = await say('show mappings Contoso A');
    assert.match(text, /userType: constant "Member" · only on creation/);
    assert.match(text, /alternativeSecurityIds: AltSecIdFromNetId\(\[netId\]\) · always · matching/);
    assert.match(text, /userType applies only on creation: users who already exist in the target .* keep their type/);
    assert.match(text, /showInAddressList does not apply to target users who have a mailbox/);
  });
});
