import assert from 'node:assert/strict';
import { cardOf, cardText } from '../../support/adaptiveCard';
import { CONTOSO_A } from '../../support/configurations';
import { fakeCatalog } from '../../support/fakeCatalog';
import { botUnderTest } from '../../support/turns';

describe('provisioning commands in a bot started without its Graph services', () => {
  it('answer that they are not available, on one card, and log it', async () => {
    const t = botUnderTest({ catalog: fakeCatalog([CONTOSO_A]) });
    for (const text of [
      'provision Adele Vance',
      'test connection Contoso A',
      'show failures for Contoso A today',
      'why was Lee Gu skipped',
    ]) {
      const replies = await t.say(text);
      assert.equal(replies.length, 1, text);
      assert.match(
        cardText(cardOf(replies[0])),
        /not set up correctly[\s\S]*without its Microsoft Graph services/,
        text,
      );
    }
    assert.ok(t.logs.find('request not served').length >= 4);
  });
});
