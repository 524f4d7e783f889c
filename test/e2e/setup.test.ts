import assert from 'node:assert/strict';
import { SetupVerb } from '../../src/cards/setupVerbs';
import { gatewayFor, tenantOf } from '../graph/simulator/simulatorGateway';
import { assertValidCard, buttonsOf, cardOf, cardText } from '../support/adaptiveCard';
import { SetupHarness, startSetupHarness } from '../bot/features/setup/harness';

/** The card an Action.Execute answered with. */
function invokeCard(invoke: { status: number; body?: unknown } | undefined) {
  assert.equal(invoke?.status, 200, JSON.stringify(invoke));
  return (invoke!.body as { value: Record<string, unknown> }).value as {
    type: 'AdaptiveCard';
    version: string;
    body: unknown[];
  };
}

describe(
  '@e2e guided setup, settings and removal from chat (TestAdapter, real gateway over HTTPS, ' + 'simulator)',
  function () {
    this.timeout(60_000);
    let h: SetupHarness;
    afterEach(async () => h?.stop());

    it(
      'sets up Tailspin Toys from chat until test connection passes; the first provision on demand creates the user ' +
        'there',
      async () => {
        h = await startSetupHarness({ withAccessTo: ['Tailspin Toys'] });
        const plan = cardOf((await h.t.say('set up sync to tailspintoys.com'))[0]);
        assertValidCard(plan);
        const text = cardText(plan);
        assert.match(text, /Outbound: automatically redeem invitations[\s\S]*❌ missing/);
        assert.match(text, /Cross-tenant sync: allow users sync into this tenant[\s\S]*✅ in place/);
        assert.match(text, /Read by the bot/);
        const [confirm] = buttonsOf(plan);
        assert.equal(confirm.verb, SetupVerb.run);
        assert.deepEqual(
          Object.keys(confirm.data),
          ['target'],
          'the button carries the target only; the plan is read again',
        );

        const { invoke, replies } = await h.t.click(confirm.verb, confirm.data);
        const done = invokeCard(invoke);
        assertValidCard(done);
        assert.equal(replies.length, 0, 'one card, updated in place');
        assert.ok(h.updates.length >= 7, `the card was updated after each step (${h.updates.length})`);
        assert.ok(
          h.updates.every((u) => u.id === 'card-message-1'),
          'updates go to the clicked card',
        );
        assert.match(cardText(done), /Test connection passed\. "Tailspin Toys" is ready and not started/);
        assert.doesNotMatch(cardText(done), /failed|skipped/);

        const tailspinId = tenantOf(h.world.sim, 'Tailspin Toys').tenantId;
        const config = (await h.world.gateway.listConfigurations()).find((c) => c.target?.tenantId === tailspinId)!;
        assert.equal(config.job?.scheduleState, 'Disabled', 'nothing started');
        const adele = (await h.world.gateway.getUser('AdeleV@contoso.com'))!;
        await h.world.gateway.addAssignment(config.servicePrincipalId, {
          principalId: adele.id,
          appRoleId: config.appRoleId!,
        });
        const ruleId = (await h.world.gateway.getUserRuleId(config.servicePrincipalId, config.job!.id))!;
        const [outcome] = await h.world.gateway.provisionOnDemand(config.servicePrincipalId, config.job!.id, {
          ruleId,
          subjects: [{ objectId: adele.id, objectTypeName: 'User' }],
        });
        assert.equal(outcome.action, 'create', JSON.stringify(outcome));
        assert.equal(outcome.status, 'success');
        const tailspin = gatewayFor(h.world.sim, tenantOf(h.world.sim, 'Tailspin Toys')).gateway;
        const created = (await tailspin.findUsers('Adele Vance')).find((u) => u.displayName === 'Adele Vance');
        assert.equal(created?.userType, 'Member', 'Adele now exists in Tailspin Toys as an external member');

        // Confirming again (or a second click) creates nothing and says why.
        const again = invokeCard((await h.t.click(confirm.verb, confirm.data)).invoke);
        assert.match(
          cardText(again),
          /Tailspin Toys already synchronizes to Tailspin Toys; I did not create a second configuration/,
        );
        assert.equal(
          (await h.world.gateway.listConfigurations()).filter((c) => c.target?.tenantId === tailspinId).length,
          1,
        );
      },
    );

    it(
      'reports Woodgrove with the exact missing setting on the target side, checked directly and again by test ' +
        'connection',
      async () => {
        h = await startSetupHarness({ withAccessTo: ['Woodgrove Bank'] });
        const plan = cardOf((await h.t.say('set up sync to woodgrovebank.com'))[0]);
        assert.match(
          cardText(plan),
          new RegExp(
            String.raw`Cross-tenant sync: allow users sync into this tenant\n❌ missing - Not allowed: the target` +
              String.raw` has no identitySynchronization policy`,
          ),
        );
        assert.match(
          cardText(plan),
          /Ask the admin of Woodgrove Bank to set: Cross-tenant sync: allow users sync into this tenant\./,
        );
        const [confirm] = buttonsOf(plan);
        const done = invokeCard((await h.t.click(confirm.verb, confirm.data)).invoke);
        assert.match(cardText(done), /"Woodgrove Bank" was created, but test connection failed/);
        assert.match(
          cardText(done),
          /AzureDirectoryB2BManagementPolicyCheckFailure[\s\S]*Allow users sync into this tenant/,
        );
      },
    );

    it('without access to the target it says plainly that it cannot check', async () => {
      h = await startSetupHarness();
      const text = cardText(cardOf((await h.t.say('set up sync to woodgrovebank.com'))[0]));
      assert.match(text, /❔ cannot check - I have no access to Woodgrove Bank/);
      assert.match(text, /the bot has no access to that tenant/);
    });

    it('Fabrikam already has a configuration: no confirm button, and a forged click creates nothing', async () => {
      h = await startSetupHarness({ withAccessTo: ['Fabrikam'] });
      const plan = cardOf((await h.t.say('set up sync to fabrikam.com'))[0]);
      assert.match(cardText(plan), /Contoso A already synchronizes to this target/);
      assert.equal(buttonsOf(plan).length, 0);
      const before = (await h.world.gateway.listConfigurations()).length;
      const forged = invokeCard(
        (await h.t.click(SetupVerb.run, { target: tenantOf(h.world.sim, 'Fabrikam').tenantId })).invoke,
      );
      assert.match(cardText(forged), /Nothing was created/);
      assert.equal((await h.world.gateway.listConfigurations()).length, before);
    });

    it('settings: shows them; a threshold change is confirmed, applied, and keeps every other secret', async () => {
      h = await startSetupHarness();
      const settings = cardText(cardOf((await h.t.say('settings Contoso A'))[0]));
      for (const expected of [
        'Sync only assigned users and groups',
        'On, threshold 500',
        'Failure notifications\nOff',
        'userType\n"Member", applied only during creation',
        'showInAddressList\n"True", applied always',
        'displayName\n[displayName]',
      ]) {
        assert.ok(settings.includes(expected), `settings miss ${expected}`);
      }
      const a = (await h.world.gateway.listConfigurations()).find((c) => c.displayName === 'Contoso A')!;
      const before = (await h.world.gateway.getSettings(a.servicePrincipalId)).raw;
      const confirm = cardOf((await h.t.say('set deletion threshold on Contoso A to 50'))[0]);
      assert.match(cardText(confirm), /On, threshold 500 → On, threshold 50/);
      assert.equal(
        (await h.world.gateway.getSettings(a.servicePrincipalId)).deleteThresholdValue,
        500,
        'nothing changes before confirmation',
      );
      const [button] = buttonsOf(confirm);
      const done = invokeCard((await h.t.click(button.verb, button.data)).invoke);
      assert.match(cardText(done), /Done: prevent accidental deletions above 50/);
      const after = (await h.world.gateway.getSettings(a.servicePrincipalId)).raw;
      assert.deepEqual(
        after.filter((s) => s.key !== 'SyncNotificationSettings'),
        before.filter((s) => s.key !== 'SyncNotificationSettings'),
      );
      const notif = (raw: typeof after) =>
        JSON.parse(raw.find((s) => s.key === 'SyncNotificationSettings')!.value) as Record<string, unknown>;
      assert.deepEqual({ ...notif(after), DeleteThresholdValue: 500 }, notif(before));

      await h.t.click(
        buttonsOf(cardOf((await h.t.say('set notification email on Contoso A to sync-alerts@contoso.com'))[0]))[0].verb,
        buttonsOf(cardOf((await h.t.say('set notification email on Contoso A to sync-alerts@contoso.com'))[0]))[0].data,
      );
      const [off] = buttonsOf(cardOf((await h.t.say('turn off notifications for Contoso A'))[0]));
      await h.t.click(off.verb, off.data);
      const final = await h.world.gateway.getSettings(a.servicePrincipalId);
      assert.equal(final.notificationEmail, 'sync-alerts@contoso.com');
      assert.equal(final.notificationsEnabled, false);
      assert.equal(final.deleteThresholdValue, 50, 'earlier changes survive later ones');
    });

    it(
      'changes that alter who or what is synchronized need approval: display name suffix and removal show ' +
        'before/after and change nothing yet',
      async () => {
        h = await startSetupHarness();
        const suffix = cardText(cardOf((await h.t.say('set display name suffix on Contoso A to Contoso'))[0]));
        assert.match(suffix, /displayName: before \[displayName\], after Append\(\[displayName\], " \(Contoso\)"\)/);
        const removal = cardText(cardOf((await h.t.say('remove Contoso B'))[0]));
        assert.match(removal, /Users already synchronized stay in Northwind Traders as they are/);
        const names = (await h.world.gateway.listConfigurations()).map((c) => c.displayName);
        assert.ok(names.includes('Contoso B'), 'nothing is removed before approval');
        const a = (await h.world.gateway.listConfigurations()).find((c) => c.displayName === 'Contoso A')!;
        assert.equal(
          (await h.world.gateway.getMappings(a.servicePrincipalId, a.job!.id))?.attributeMappings.find(
            (m) => m.targetAttributeName === 'displayName',
          )?.sourceType,
          'Attribute',
        );
      },
    );
  },
);

describe('@e2e guided setup in the Agents Playground (local mode)', function () {
  this.timeout(400_000);
  let local: import('../support/localMode').RunningLocalMode;
  let browser: import('playwright-core').Browser;

  after(async () => {
    await browser?.close();
    await local?.stop();
  });

  it('"set up sync to tailspintoys.com", confirm, and see the steps complete on the same card', async function () {
    const { chromiumAvailable, launchChromium } = await import('../support/browser');
    const { startLocalModeProcess } = await import('../support/localMode');
    const { PlaygroundPage } = await import('../support/playgroundPage');
    if (!chromiumAvailable()) throw new Error('Chromium is missing: apt-get install -y chromium');
    local = await startLocalModeProcess();
    browser = await launchChromium();
    const playground = new PlaygroundPage(await browser.newPage());
    await playground.open(local.playgroundUrl);
    await playground.say('set up sync to tailspintoys.com');
    await playground.see('Set up sync to Tailspin Toys', 60_000);
    await playground.see(/Read by the bot/);
    await playground.page
      .getByRole('button', { name: 'Create what is missing and test the connection' })
      .last()
      .click();
    await playground.see(/Test connection passed\. "Tailspin Toys" is ready and not started/, 60_000);
    await playground.see(/Created, not started/);
  });
});
