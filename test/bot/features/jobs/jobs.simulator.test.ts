import assert from 'node:assert/strict';
import { Verb } from '../../../../src/cards/verbs';
import { assertValidCard, buttonsOf, cardOf } from '../../../support/adaptiveCard';
import { targetUsersFor } from '../../../support/simulator';
import { startSyncWorld, SyncWorld, visibleText } from '../../../support/syncBot';

describe('jobs in chat: test connection, start, pause, restart, allow deletes (simulator)', function () {
  this.timeout(60_000);
  let world: SyncWorld;
  before(async () => {
    world = await startSyncWorld();
  });
  after(async () => world?.stop());

  const say = async (text: string) => {
    const replies = await world.bot.say(text);
    assert.equal(replies.length, 1, `one card for "${text}"`);
    const card = cardOf(replies[0]);
    assertValidCard(card);
    return { card, text: visibleText(card) };
  };
  const click = async (verb: string, data: Record<string, unknown>) => {
    const { invoke } = await world.bot.click(verb, data);
    const body = invoke?.body as { type?: string; value?: unknown };
    if (body?.type !== 'application/vnd.microsoft.card.adaptive') return { card: undefined, text: String(body?.value) };
    assertValidCard(body.value);
    return { card: body.value, text: visibleText(body.value) };
  };
  const job = async (name: string) => {
    const config = await world.configuration(name);
    return (await world.gateway.getJob(config.servicePrincipalId, config.job!.id))!;
  };

  it('gives the same card for each shape of a failed test connection: the side and the setting at fault', async () => {
    const shapes = ['b2bPolicy', 'crossTenantSyncPolicy', 'unknownErrorWrapped'];
    const cards: string[] = [];
    try {
      for (const shape of shapes) {
        const set = await world.sim.control('PATCH', '/settings', { testConnectionShape: shape });
        assert.equal(set.status, 200);
        const { text } = await say('test connection Contoso B');
        assert.doesNotMatch(text, /UnknownError|\{"error"/, `${shape}: no raw JSON on the card`);
        // The request id and the code the service sent differ by shape; everything a person acts on is the same.
        cards.push(
          text
            .split('\n')
            .filter((line) => !/Request id|Code sent|^[0-9a-f-]{36}$|PolicyCheckFailure$/.test(line))
            .join('\n'),
        );
      }
    } finally {
      await world.sim.control('PATCH', '/settings', { testConnectionShape: 'b2bPolicy' });
    }
    assert.match(cards[0], /❌ Northwind Traders \(target tenant\): .*Inbound access > Trust settings/);
    assert.match(cards[0], /Test connection failed: Automatic redemption is not allowed between the tenants/);
    assert.equal(cards[1], cards[0]);
    assert.equal(cards[2], cards[0]);
  });

  it("test connection names the wrong setting and the side: Northwind's inbound automatic redemption", async () => {
    const { text } = await say('test connection Contoso B');
    assert.match(text, /Test connection failed: Automatic redemption is not allowed between the tenants/);
    assert.match(
      text,
      new RegExp(
        String.raw`❌ Northwind Traders \(target tenant\): .*Inbound access > Trust settings > "Automatically` +
          String.raw` redeem invitations with the tenant" is off`,
      ),
    );
    assert.match(
      text,
      new RegExp(
        String.raw`✅ Your tenant \(source\): .*Outbound access > Trust settings > "Automatically redeem` +
          String.raw` invitations with the tenant" is on\. Checked: read live`,
      ),
    );
    assert.match(
      text,
      new RegExp(
        String.raw`An administrator of Northwind Traders must tick "Automatically redeem invitations with the` +
          String.raw` tenant" under Cross-tenant access settings > your organization > Inbound access > Trust` +
          String.raw` settings`,
      ),
    );
    const good = await say('check the connection of Contoso A');
    assert.match(good.text, /Connection from Contoso A to Fabrikam, Inc\. works/);
  });

  it('after the target admin fixes it, and with inbound sync broken instead, test connection says so', async () => {
    await world.sim.control('POST', '/tenants/northwind/repair', { what: 'inboundAutoRedemption', partner: 'contoso' });
    await world.sim.control('POST', '/tenants/northwind/break', { what: 'inboundUserSync', partner: 'contoso' });
    try {
      const { text } = await say('test connection Contoso B');
      assert.match(
        text,
        new RegExp(
          String.raw`❌ Northwind Traders \(target tenant\): .*Inbound access > Cross-tenant sync > "Allow users` +
            String.raw` sync into this tenant" is off`,
        ),
      );
      assert.doesNotMatch(text, /Trust settings > "Automatically redeem invitations with the tenant" is off/);
    } finally {
      await world.sim.control('POST', '/tenants/northwind/repair', { what: 'inboundUserSync', partner: 'contoso' });
      await world.sim.control('POST', '/tenants/northwind/break', {
        what: 'inboundAutoRedemption',
        partner: 'contoso',
      });
    }
  });

  it('pause and start change the job, and say what it means', async () => {
    const paused = await say('pause Contoso A');
    assert.match(paused.text, /Contoso A is paused/);
    assert.equal((await job('Contoso A')).status, 'Paused');
    const started = await say('start provisioning for Contoso A');
    assert.match(started.text, /Contoso A is running/);
    assert.equal((await job('Contoso A')).scheduleState, 'Active');
  });

  it(
    'restart asks first, with the options and the warning that everyone is re-evaluated; cancel ' + 'changes nothing',
    async () => {
      const { card, text } = await say('restart Contoso A');
      assert.match(text, /Restart provisioning of Contoso A\?/);
      assert.match(text, /re-evaluates every user in scope/);
      const confirm = buttonsOf(card).find((b) => b.verb === Verb.jobRestartConfirm)!;
      const cancel = buttonsOf(card).find((b) => b.verb === Verb.jobCancel)!;
      const cancelled = await click(cancel.verb, cancel.data);
      assert.match(cancelled.text, /Restart of Contoso A cancelled[\s\S]*Nothing was changed/);
      const restarted = await click(confirm.verb, { ...confirm.data, option: 'escrows' });
      assert.match(restarted.text, /Contoso A restarted[\s\S]*resetScope Escrows/);
      const forged = await click(confirm.verb, { ...confirm.data, option: 'ConnectorDataStore' });
      assert.match(forged.text, /That button sent data I cannot use/);
    },
  );

  it(
    'a deletion-threshold quarantine is shown with who is held back, and can be cleared after a ' + 'confirmation',
    async () => {
      const config = await world.configuration('Contoso A');
      const settings = await world.gateway.getSettings(config.servicePrincipalId);
      await world.gateway.saveSettings(config.servicePrincipalId, {
        ...settings,
        deleteThresholdEnabled: true,
        deleteThresholdValue: 2,
      });
      const extra = [await world.userId('Alex Wilber'), await world.userId('Megan Bowen')];
      for (const principalId of extra)
        await world.gateway.addAssignment(config.servicePrincipalId, { principalId, appRoleId: config.appRoleId! });
      await world.sim.control('POST', '/configurations/Contoso A/cycle');
      assert.equal((await targetUsersFor(world.sim, 'Fabrikam', 'AlexW@contoso.com')).length, 1);
      for (const a of await world.gateway.listAssignments(config.servicePrincipalId)) {
        if (extra.includes(a.principalId)) await world.gateway.removeAssignment(config.servicePrincipalId, a.id);
      }
      const cycle = await world.sim.control('POST', '/configurations/Contoso A/cycle');
      assert.equal(cycle.body.quarantineReason, 'TooManyDeletes');

      const nothing = await say('allow deletes Contoso B');
      assert.match(nothing.text, /Contoso B is not holding back any deletions/);
      const { card, text } = await say('allow the pending deletions for Contoso A');
      assert.match(text, /Allow the held-back deletions of Contoso A\?/);
      assert.match(text, /Quarantine: TooManyDeletes/);
      assert.match(text, /Held back: .*Alex Wilber/);
      assert.match(text, /Held back: .*Megan Bowen/);
      const confirm = buttonsOf(card).find((b) => b.verb === Verb.jobAllowDeletesConfirm)!;
      assert.equal(confirm.title, 'Ask for approval');
      // ForceDeletes needs two approvers: without approvals running, the click changes nothing and says why.
      const asked = await click(confirm.verb, confirm.data);
      assert.match(asked.text, /This change needs an approval, and approvals are not running in this bot/);
      assert.equal((await job('Contoso A')).status, 'Quarantine', 'nothing restarted');
    },
  );
});

describe('with credentials in the target tenants, their settings are read live (simulator)', function () {
  this.timeout(60_000);
  let world: SyncWorld;
  before(async () => {
    world = await startSyncWorld({ targetCredentials: true });
  });
  after(async () => world?.stop());

  it("test connection and a failed provisioning name Northwind's setting as read from its own policy", async () => {
    const tested = visibleText(cardOf((await world.bot.say('test connection Contoso B'))[0]));
    assert.match(
      tested,
      new RegExp(
        String.raw`❌ Northwind Traders \(target\): .*Inbound access > Trust settings > "Automatically redeem` +
          String.raw` invitations with the tenant" is off\. Checked: read live from the cross-tenant access` +
          String.raw` policy of Northwind Traders`,
      ),
    );
    assert.match(
      tested,
      /✅ Northwind Traders \(target\): .*"Allow users sync into this tenant" is on\. Checked: read live/,
    );
    const failed = visibleText(cardOf((await world.bot.say('provision Nestor Wilke'))[0]));
    assert.match(
      failed,
      new RegExp(
        String.raw`Northwind Traders \(target tenant\): .*Inbound access > Trust settings > "Automatically` +
          String.raw` redeem invitations with the tenant" is off`,
      ),
    );
  });
});
