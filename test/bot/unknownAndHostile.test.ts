import assert from 'node:assert/strict';
import { ActivityTypes } from 'botbuilder';
import { Verb } from '../../src/cards/verbs';
import { assertValidCard, cardOf, cardText } from '../support/adaptiveCard';
import { CONTOSO_A, CONTOSO_B } from '../support/configurations';
import { fakeCatalog } from '../support/fakeCatalog';
import { LEVEL } from '../support/logs';
import { botUnderTest } from '../support/turns';

describe('unknown commands and hostile input', () => {
  it('unknown text gets the closest commands, not an error, and an info log line', async () => {
    const t = botUnderTest({ catalog: fakeCatalog([CONTOSO_A]) });
    const [reply, ...rest] = await t.say('lst configuratons');
    assert.equal(rest.length, 0);
    assert.equal(reply.type, ActivityTypes.Message);
    assert.match(reply.text ?? '', /I didn't understand "lst configuratons"/);
    assert.match(reply.text ?? '', /Did you mean:\n- list configurations/);
    assert.match(reply.text ?? '', /help/);
    const [logged] = t.logs.find('text not understood');
    assert.equal(logged.level, LEVEL.info);
    assert.equal((logged.suggestions as string[])[0], 'list configurations');
  });

  it('text with nothing close still points at help', async () => {
    const t = botUnderTest({ catalog: fakeCatalog([CONTOSO_A]) });
    const [reply] = await t.say('make me a sandwich');
    assert.ok(!/Did you mean/.test(reply.text ?? ''));
    assert.match(reply.text ?? '', /Type \*\*help\*\*/);
  });

  it('quotes, markup and unicode in a name reach the catalog as text and come back escaped', async () => {
    const catalog = fakeCatalog([CONTOSO_A, CONTOSO_B]);
    const t = botUnderTest({ catalog });
    const hostile = `O'Brien "x" \${evil} <script>alert(1)</script> Zoë 🚀 ‮`;
    const card = cardOf((await t.say(`show configuration ${hostile}`))[0]);
    assertValidCard(card, { userText: true }); // the user's own "${evil}" is echoed as text
    assert.equal(catalog.resolved.length, 1);
    assert.match(catalog.resolved[0], /^O'Brien "x" \$\{evil\} alert\(1\) Zoë 🚀$/);
    const text = cardText(card);
    assert.ok(!text.includes('<script>'));
    assert.match(text, /No configuration is named/);
  });

  it('a very long name is refused with the limit, before any Graph call', async () => {
    const catalog = fakeCatalog([CONTOSO_A]);
    const t = botUnderTest({ catalog });
    const card = cardOf((await t.say(`show configuration ${'Contoso '.repeat(5000)}`))[0]);
    assertValidCard(card);
    assert.match(cardText(card), /at most 200 characters/);
    assert.equal(catalog.resolved.length, 0);
    const [logged] = t.logs.find('request not served');
    assert.equal(logged.code, 'InvalidInput');
  });

  it('a very long message of noise gets a short, helpful answer', async () => {
    const t = botUnderTest({ catalog: fakeCatalog([CONTOSO_A]) });
    const [reply] = await t.say('🚀'.repeat(50_000));
    assert.match(reply.text ?? '', /I didn't understand/);
    assert.ok((reply.text ?? '').length < 400);
  });

  it('a message with only a mention or only spaces gets help', async () => {
    const t = botUnderTest({ catalog: fakeCatalog([CONTOSO_A]) });
    const [reply] = await t.say('<at>Sync Bot</at>   ');
    assert.match(cardText(cardOf(reply)), /Cross-tenant synchronization in chat/);
  });

  it('a forged card payload is refused; a configuration id that does not exist changes nothing', async () => {
    const catalog = fakeCatalog([CONTOSO_A]);
    const t = botUnderTest({ catalog });
    const forged = await t.click(Verb.showConfiguration, { configurationId: { $ne: null } });
    assert.match(String((forged.invoke?.body as { value: unknown }).value), /That button sent data I cannot use/);
    const missing = await t.click(Verb.showConfiguration, { configurationId: 'not-a-configuration' });
    assert.match(
      String((missing.invoke?.body as { value: unknown }).value),
      /This card is out of date\. That configuration no longer exists/,
    );
    const unknownVerb = await t.click('configuration.deleteEverything', {});
    assert.match(String((unknownVerb.invoke?.body as { value: unknown }).value), /This button is no longer available/);
    assert.equal(t.logs.find('request not served').length, 3);
  });
});
