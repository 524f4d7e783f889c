import assert from 'node:assert/strict';
import { SetupVerb } from '../../../../src/cards/setupVerbs';
import { cardOf, cardText } from '../../../support/adaptiveCard';
import { SetupHarness, startSetupHarness } from './harness';

describe('guided setup and settings: roles, forged buttons and bad input', function () {
  this.timeout(60_000);
  let h: SetupHarness;
  afterEach(async () => h?.stop());

  async function configurations() {
    return (await h.world.gateway.listConfigurations()).map((c) => c.displayName).sort();
  }

  it('a reader may see settings but not set up, change a setting or click Create', async () => {
    h = await startSetupHarness({ roles: ['reader'], withAccessTo: ['Tailspin Toys'] });
    assert.match(cardText(cardOf((await h.t.say('settings Contoso A'))[0])), /Settings of Contoso A/);
    assert.match(cardText(cardOf((await h.t.say('set up sync to tailspintoys.com'))[0])), /needs the operator role/);
    assert.match(
      cardText(cardOf((await h.t.say('set deletion threshold on Contoso A to 50'))[0])),
      /needs the operator role/,
    );
    const before = await configurations();
    const { invoke } = await h.t.click(SetupVerb.run, {
      target: (await h.world.gateway.findTenantByDomain('tailspintoys.com'))!.tenantId,
    });
    assert.match(JSON.stringify(invoke?.body), /needs the operator role/);
    assert.deepEqual(await configurations(), before, 'nothing was created');
    assert.equal(
      await h.world.gateway.getPartner((await h.world.gateway.findTenantByDomain('tailspintoys.com'))!.tenantId),
      undefined,
      'no partner entry either',
    );
    assert.ok(
      h.t.logs.entries.some((l) => /MissingRole/.test(JSON.stringify(l))),
      'the refusal is logged',
    );
  });

  it('forged or stale button data is refused before anything changes', async () => {
    h = await startSetupHarness();
    const before = await configurations();
    for (const data of [{ target: 'tailspintoys.com' }, { target: '../../x' }, {}]) {
      const { invoke } = await h.t.click(SetupVerb.run, data);
      assert.match(JSON.stringify(invoke?.body), /button sent data I cannot use/);
    }
    const stale = await h.t.click(SetupVerb.changeSetting, {
      configurationId: '00000000-0000-4000-8000-000000000000',
      setting: 'notifications',
      value: 'on',
      issuedAt: new Date().toISOString(),
    });
    assert.match(JSON.stringify(stale.invoke?.body), /no longer exists/);
    const bad = await h.t.click(SetupVerb.changeSetting, {
      configurationId: '00000000-0000-4000-8000-000000000000',
      setting: 'SyncAll',
      value: 'true',
      issuedAt: new Date().toISOString(),
    });
    assert.match(
      JSON.stringify(bad.invoke?.body),
      /setting I cannot use/,
      'scope mode cannot be slipped in as a direct change',
    );
    assert.deepEqual(await configurations(), before);
  });

  for (const [typed, expected] of [
    ['set deletion threshold on Contoso A to 0', /whole number from 1 to 100000/],
    ['set notification email on Contoso A to not-an-address', /is not an e-mail address/],
    ['set up sync to nowhere.example', /No Microsoft Entra tenant has the domain nowhere.example/],
    ['set up sync to contoso.com', /is this tenant/],
    ['settings Nonexistent Config', /There is no configuration "Nonexistent Config"/],
    ['set display name suffix on Contoso A to Contoso/Fabrikam', /A display name suffix is up to 40 letters/],
  ] as const) {
    it(`"${typed}" gets a clear answer`, async () => {
      h = await startSetupHarness();
      const [reply] = await h.t.say(typed);
      assert.match(cardText(cardOf(reply)), expected);
    });
  }
});
