import assert from 'node:assert/strict';
import { renderConfigurationListCard } from '../../src/cards/configurationList';
import { escapeMarkdown } from '../../src/cards/markdown';
import type { SyncConfiguration } from '../../src/domain';
import { assertValidCard, buttonsOf, cardText } from '../support/adaptiveCard';
import { CONTOSO_A } from '../support/configurations';

const PHISH = '[Re-consent here](https://evil.example/login)';
/** A markdown link or autolink that Teams would render as clickable: "[text](" or "<scheme:" not escaped. */
const LIVE_LINK = /(?<!\\)\[[^\]]*(?<!\\)\]\(|(?<!\\)<[a-z]+:|[a-z]+:\/\/(?!\u200B)/i;

/** Every string Teams renders as markdown: TextBlock and TextRun text, fact titles and values. */
function markdownTexts(card: unknown): string[] {
  const out: string[] = [];
  const walk = (node: unknown, fact = false): void => {
    if (Array.isArray(node)) return node.forEach((n) => walk(n, fact));
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if ((o.type === 'TextBlock' || o.type === 'TextRun') && typeof o.text === 'string') out.push(o.text);
    if (fact) out.push(String(o.title), String(o.value));
    for (const [key, value] of Object.entries(o)) walk(value, key === 'facts');
  };
  walk(card);
  return out;
}

describe('text from outside the bot on a card', () => {
  it('a partner tenant named with a markdown link shows the name, not a link; button data keeps it exact', () => {
    const hostile: SyncConfiguration = {
      ...CONTOSO_A,
      displayName: `**Urgent** ${PHISH} <https://evil.example>`,
      target: { ...CONTOSO_A.target!, displayName: `Fabrikam ${PHISH}` },
    };
    const card = renderConfigurationListCard({ configurations: [hostile], detailsVerb: 'config.details' });
    assertValidCard(card);
    const texts = markdownTexts(card);
    assert.ok(texts.some((t) => t.includes('Re-consent here')));
    for (const text of texts) {
      assert.doesNotMatch(text, LIVE_LINK, text);
      assert.doesNotMatch(text, /(?<!\\)\*\*Urgent/, text);
    }
    assert.match(cardText(card), /\*\*Urgent\*\* \[Re-consent here\]\(https:\/\/evil\.example\/login\)/, 'as typed');
    for (const button of buttonsOf(card)) assert.doesNotMatch(JSON.stringify(button.data), /\\\\/, 'data untouched');
  });

  it('escapes markup, line-start lists and headings, and defuses bare addresses', () => {
    assert.equal(escapeMarkdown('a_b*c`d~e<f>[g]'), 'a\\_b\\*c\\`d\\~e\\<f>\\[g\\]');
    assert.equal(escapeMarkdown('- one\n# two\n3. three\n> four'), '\\- one\n\\# two\n3\\. three\n\\> four');
    assert.equal(escapeMarkdown('see https://evil.example'), 'see https:\u200B//evil.example');
    assert.equal(escapeMarkdown('Contoso A (pilot) 2026-12-04'), 'Contoso A (pilot) 2026-12-04');
    assert.equal(escapeMarkdown(undefined), '');
  });
});
