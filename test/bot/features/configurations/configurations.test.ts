import assert from 'node:assert/strict';
import { configurationButtons } from '../../../../src/bot/features/configurations/detailsCard';
import { BUTTON_VERBS } from '../../../../src/bot/features';
import { Verb } from '../../../../src/cards/verbs';
import { assertValidCard, buttonsOf, cardOf, cardText } from '../../../support/adaptiveCard';
import { CONTOSO_A, CONTOSO_B } from '../../../support/configurations';
import { fakeCatalog } from '../../../support/fakeCatalog';
import { LEVEL } from '../../../support/logs';
import { botUnderTest, HOME_TENANT } from '../../../support/turns';

const CONTOSO_C = {
  ...CONTOSO_A,
  servicePrincipalId: 'a1b2c3d4-0000-4000-8000-00000000000c',
  displayName: 'Contoso Canada',
};

describe('help, list configurations, show configuration', () => {
  it('help answers with a card of every command and examples', async () => {
    const t = botUnderTest({ catalog: fakeCatalog([CONTOSO_A]) });
    const [reply, ...rest] = await t.say('help');
    assert.equal(rest.length, 0);
    const card = cardOf(reply);
    assertValidCard(card);
    const text = cardText(card);
    for (const expected of [
      'List configurations',
      'Show a configuration',
      '"list configurations"',
      '"show configuration Contoso A"',
    ]) {
      assert.ok(text.includes(expected), `help misses ${expected}`);
    }
    assert.ok(!text.includes('Unknown command'), 'internal actions stay out of help');
    const [again] = await t.say('what can you do');
    assert.deepEqual(cardOf(again), card, 'every help turn gets the whole card');
  });

  it('list configurations: one card with each configuration, its target, status, last run and scope', async () => {
    const t = botUnderTest({ catalog: fakeCatalog([CONTOSO_A, CONTOSO_B]) });
    const [reply] = await t.say('list configurations');
    const card = cardOf(reply);
    assertValidCard(card);
    const text = cardText(card);
    for (const expected of [
      'Contoso A',
      'Fabrikam',
      CONTOSO_A.target!.tenantId,
      'Contoso B',
      'Northwind Traders',
      'Quarantined',
      'All users',
    ]) {
      assert.ok(text.includes(expected), `list misses ${expected}`);
    }
    const details = buttonsOf(card).filter((b) => b.verb === Verb.showConfiguration);
    assert.deepEqual(
      details.map((b) => b.data.configurationId),
      [CONTOSO_B.servicePrincipalId, CONTOSO_A.servicePrincipalId],
      'the quarantined one first',
    );
    assert.match(text, /2 configurations \(1 needs attention\)/);
  });

  for (const typed of [
    'show configuration contoso a',
    'Show config "Contoso-A".',
    '<at>Sync Bot</at>   SHOW CONFIGURATION   CONTOSO A!!',
    'details of contoso a',
  ]) {
    it(`show configuration finds Contoso A from: ${typed}`, async () => {
      const catalog = fakeCatalog([CONTOSO_A, CONTOSO_B]);
      const t = botUnderTest({ catalog });
      const [reply] = await t.say(typed);
      const card = cardOf(reply);
      assertValidCard(card);
      assert.match(cardText(card), /Contoso A[\s\S]*To Fabrikam/);
      assert.equal(catalog.resolved.length, 1);
      assert.match(
        catalog.resolved[0],
        /^contoso[- ]a$/i,
        'the name reaches the catalog without quotes, mentions or punctuation',
      );
    });
  }

  it('the details card shows the quarantine reason and only buttons whose verbs have routes', async () => {
    const t = botUnderTest({ catalog: fakeCatalog([CONTOSO_A, CONTOSO_B]) });
    const card = cardOf((await t.say('show configuration Contoso B'))[0]);
    const text = cardText(card);
    assert.match(text, /EncounteredQuarantineException/);
    assert.match(text, /Auto-redeem invitations \(outbound\)/);
    const verbs = buttonsOf(card).map((b) => b.verb);
    assert.ok(verbs.includes(Verb.showConfiguration));
    for (const verb of verbs) assert.ok(BUTTON_VERBS.has(verb), `the card offers ${verb}, which no route answers`);
  });

  it('offers a next step only when its verb has a route', () => {
    const only = (verbs: string[]) => configurationButtons(CONTOSO_A, new Set(verbs)).map((b) => b.verb);
    assert.deepEqual(only([Verb.showConfiguration]), [Verb.showConfiguration]);
    assert.deepEqual(only([]), []);
    assert.deepEqual(only([Verb.showLogs, Verb.provision]), [Verb.provision, Verb.showLogs]);
    assert.deepEqual(configurationButtons(CONTOSO_A, new Set([Verb.showLogs]))[0].data, {
      configurationId: CONTOSO_A.servicePrincipalId,
    });
  });

  it('an unknown name gets the configurations that exist, as choices', async () => {
    const t = botUnderTest({ catalog: fakeCatalog([CONTOSO_A, CONTOSO_B]) });
    const card = cardOf((await t.say('show configuration Tailspin'))[0]);
    assertValidCard(card);
    const text = cardText(card);
    assert.match(text, /No configuration is named "Tailspin"/);
    assert.match(text, /These are the configurations I know/);
    assert.deepEqual(
      buttonsOf(card).map((b) => b.data.configurationId),
      [CONTOSO_A.servicePrincipalId, CONTOSO_B.servicePrincipalId],
    );
  });

  it('an ambiguous name gets a choice card, and a choice opens the details in place', async () => {
    const t = botUnderTest({ catalog: fakeCatalog([CONTOSO_A, CONTOSO_B, CONTOSO_C]) });
    const card = cardOf((await t.say('show configuration contoso'))[0]);
    assertValidCard(card);
    assert.match(cardText(card), /Which configuration did you mean by "contoso"\?/);
    const choices = buttonsOf(card);
    assert.equal(choices.length, 3);
    const { invoke, replies } = await t.click(choices[1].verb, choices[1].data);
    assert.equal(replies.length, 0);
    assert.equal(invoke?.status, 200);
    const body = invoke?.body as { type: string; value: unknown };
    assert.equal(body.type, 'application/vnd.microsoft.card.adaptive');
    assertValidCard(body.value);
    assert.match(cardText(body.value), /Contoso B[\s\S]*Northwind/);
  });

  it('a near miss asks "did you mean" with the one close configuration', async () => {
    const catalog = { ...fakeCatalog([CONTOSO_A, CONTOSO_B]), resolve: async () => ({ candidates: [CONTOSO_A] }) };
    const t = botUnderTest({ catalog });
    const card = cardOf((await t.say('show configuration contso a'))[0]);
    assertValidCard(card);
    assert.match(cardText(card), /Did you mean Contoso A\?[\s\S]*No configuration is named "contso a" exactly/);
    assert.deepEqual(
      buttonsOf(card).map((b) => b.data.configurationId),
      [CONTOSO_A.servicePrincipalId],
    );
  });

  it('says so when the tenant has no configurations at all', async () => {
    const t = botUnderTest({ catalog: fakeCatalog([]) });
    const text = cardText(cardOf((await t.say('show configuration Contoso A'))[0]));
    assert.match(text, /no cross-tenant synchronization configurations/);
    const list = cardText(cardOf((await t.say('list configurations'))[0]));
    assert.match(list, /No configurations/);
    assert.match(list, /no cross-tenant synchronization configurations yet/);
  });

  it('logs each action with the turn ids, at debug (the turn summary line is the one at info)', async () => {
    const t = botUnderTest({ catalog: fakeCatalog([CONTOSO_A]) });
    await t.say('show configuration Contoso A', { id: 'msg-42' });
    const [started] = t.logs.find('action started');
    assert.equal(started.level, LEVEL.debug);
    assert.equal(started.action, 'showConfiguration');
    assert.deepEqual(started.parameters, { name: 'Contoso A' });
    assert.equal(started.activityId, 'msg-42');
    assert.equal(started.conversationId, 'a:1xPersonalChat');
    assert.equal(started.tenantId, HOME_TENANT);
  });
});
