import assert from 'node:assert/strict';
import { SetupVerb } from '../../../../src/cards/setupVerbs';
import { Verb } from '../../../../src/cards/verbs';
import { buttonsOf, cardOf, cardText } from '../../../support/adaptiveCard';
import { SetupHarness, startSetupHarness } from './harness';

/** Guided setup and the risky settings, typed and clicked as an attacker would: a request each, never a change. */
describe('risky changes end in an approval request, not a change', function () {
  this.timeout(90_000);
  let h: SetupHarness;
  afterEach(async () => h?.stop());

  const settingsOf = async (name: string) =>
    h.world.gateway.getSettings((await h.world.config(name)).servicePrincipalId);
  const approvers = async () => [
    await h.world.actor('AlexW@contoso.com', ['reader', 'operator', 'approver']),
    await h.world.actor('LeeG@contoso.com', ['reader', 'operator', 'approver']),
  ];
  async function submit(card: Record<string, unknown>) {
    const submitButton = buttonsOf(card).find((b) => b.verb === Verb.approvalSubmit);
    assert.ok(submitButton, 'the preview has Submit');
    await h.t.click(submitButton.verb, submitButton.data);
    return h.approvals.store.require(String(submitButton.data.draftId));
  }

  for (const [typed, approversNeeded] of [
    ['turn off deletion prevention on Contoso A', 2],
    ['set deletion threshold on Contoso A to 100000', 2],
    ['set notification email on Contoso A to attacker@evil.example', 1],
    ['turn off notifications for Contoso A', 1],
  ] as const) {
    it(`"${typed}" is previewed as a request (${approversNeeded} approver(s)) and changes nothing`, async () => {
      h = await startSetupHarness();
      if (typed.includes('threshold') || typed.includes('prevention')) {
        // Prevention must be on for "off" or "raise" to weaken it.
        await h.setup.settings.change(await h.world.config('Contoso A'), { kind: 'deleteThreshold', value: 50 });
      }
      if (typed.includes('notifications'))
        await h.setup.settings.change(await h.world.config('Contoso A'), { kind: 'notifications', enabled: true });
      const start = await settingsOf('Contoso A');
      const [reply] = await h.t.say(typed);
      const card = cardOf(reply);
      assert.match(cardText(card), /Review this change before submitting it/);
      assert.match(cardText(card), /before: .*after: /);
      assert.deepEqual(await settingsOf('Contoso A'), start, 'nothing changed');
      const request = await submit(card);
      assert.equal(request.requiredApprovals, approversNeeded);
      assert.deepEqual(await settingsOf('Contoso A'), start, 'submitting changes nothing either');
      const [alex, lee] = await approvers();
      let decided = await h.approvals.approve(request.id, alex);
      if (approversNeeded === 2) {
        assert.equal(decided.request.status, 'pending', 'one approver is not enough');
        decided = await h.approvals.approve(request.id, lee);
      }
      assert.equal(decided.request.status, 'applied', JSON.stringify(decided.request.result));
      assert.notDeepEqual(await settingsOf('Contoso A'), start, 'applied once approved');
    });
  }

  it('a forged "Change it" for a risky change gets the approval preview, not the change', async () => {
    h = await startSetupHarness();
    const config = await h.world.config('Contoso A');
    await h.setup.settings.change(config, { kind: 'deleteThreshold', value: 50 });
    const start = await settingsOf('Contoso A');
    const { invoke } = await h.t.click(SetupVerb.changeSetting, {
      configurationId: config.servicePrincipalId,
      setting: 'deletion prevention',
      value: 'off',
      issuedAt: new Date().toISOString(),
    });
    assert.match(JSON.stringify(invoke?.body), /Review this change before submitting it/);
    assert.deepEqual(await settingsOf('Contoso A'), start);
  });

  it('a replayed week-old confirmation is refused with a clear answer and changes nothing', async () => {
    h = await startSetupHarness();
    const [reply] = await h.t.say('set deletion threshold on Contoso A to 40');
    const change = buttonsOf(cardOf(reply)).find((b) => b.verb === SetupVerb.changeSetting)!;
    assert.ok(change, 'a safer change is confirmed directly');
    const start = await settingsOf('Contoso A');
    const weekAgo = new Date(Date.now() - 7 * 86_400_000).toISOString();
    const { invoke } = await h.t.click(change.verb, { ...change.data, issuedAt: weekAgo });
    assert.match(JSON.stringify(invoke?.body), /confirmations expire after 24 hours, so nothing was changed/);
    const { issuedAt: _dropped, ...withoutStamp } = change.data;
    const old = await h.t.click(change.verb, withoutStamp);
    assert.match(JSON.stringify(old.invoke?.body), /from an older version of the bot/);
    assert.deepEqual(await settingsOf('Contoso A'), start);
    assert.ok(
      h.t.logs.entries.some((l) => /StaleAction/.test(JSON.stringify(l))),
      'the refusal is logged',
    );
    const fresh = await h.t.click(change.verb, change.data);
    assert.match(JSON.stringify(fresh.invoke?.body), /40/);
    assert.equal((await settingsOf('Contoso A')).deleteThresholdValue, 40, 'a fresh confirmation works');
  });

  it(
    'guided setup is a two-approver request showing the partner policy before and after; once approved it ' +
      'creates the configuration with deletion prevention on and without inbound trust',
    async () => {
      h = await startSetupHarness({ withAccessTo: ['Tailspin Toys'] });
      const target = (await h.world.gateway.findTenantByDomain('tailspintoys.com'))!.tenantId;
      const [plan] = await h.t.say('set up sync to tailspintoys.com');
      const ask = buttonsOf(cardOf(plan)).find((b) => b.verb === SetupVerb.run)!;
      assert.equal(ask.title, 'Ask for approval to create what is missing');
      const { invoke } = await h.t.click(ask.verb, ask.data);
      const preview = (invoke?.body as { value: Record<string, unknown> }).value;
      const text = cardText(preview);
      assert.match(text, /Partner policy for Tailspin Toys before: no partner entry/);
      assert.match(text, /after: outbound automatic redemption yes, inbound trust of MFA no, of compliant devices no/);
      assert.equal(await h.world.gateway.getPartner(target), undefined, 'no partner entry yet');
      const request = await submit(preview);
      assert.equal(request.requiredApprovals, 2);
      const [alex, lee] = await approvers();
      assert.equal((await h.approvals.approve(request.id, alex)).request.status, 'pending');
      assert.equal(await h.world.gateway.getPartner(target), undefined, 'one approval changes nothing');
      const { request: done } = await h.approvals.approve(request.id, lee);
      assert.equal(done.status, 'applied', JSON.stringify(done.result));
      const partner = await h.world.gateway.getPartner(target);
      assert.equal(partner?.automaticUserConsent.outboundAllowed, true);
      assert.notEqual(partner?.inboundTrust?.isMfaAccepted, true, 'inbound trust is not set unless asked');
      const created = (await h.world.gateway.listConfigurations()).find((c) => c.target?.tenantId === target)!;
      const settings = await h.world.gateway.getSettings(created.servicePrincipalId);
      assert.equal(settings.deleteThresholdEnabled, true);
      assert.equal(settings.deleteThresholdValue, 500);
    },
  );

  it('inbound trust is written only when asked for explicitly, and shown on the request', async () => {
    h = await startSetupHarness({ withAccessTo: ['Tailspin Toys'] });
    const [plan] = await h.t.say('set up sync to tailspintoys.com and trust its MFA and compliant devices');
    const ask = buttonsOf(cardOf(plan)).find((b) => b.verb === SetupVerb.run)!;
    assert.equal(ask.data.trust, 'yes');
    const { invoke } = await h.t.click(ask.verb, ask.data);
    assert.match(JSON.stringify(invoke?.body), /inbound trust of MFA yes, of compliant devices yes/);
  });

  it('a week-old setup button is refused, and nothing is drafted', async () => {
    h = await startSetupHarness({ withAccessTo: ['Tailspin Toys'] });
    const target = (await h.world.gateway.findTenantByDomain('tailspintoys.com'))!.tenantId;
    const weekAgo = new Date(Date.now() - 7 * 86_400_000).toISOString();
    const { invoke } = await h.t.click(SetupVerb.run, { target, trust: 'no', issuedAt: weekAgo });
    assert.match(JSON.stringify(invoke?.body), /confirmations expire after 24 hours/);
    assert.deepEqual(await h.approvals.store.listDrafts(), []);
  });
});
