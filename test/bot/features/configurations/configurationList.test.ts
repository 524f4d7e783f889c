import assert from 'node:assert/strict';
import type { InvokeResponse } from 'botbuilder';
import { CONFIGURATIONS_PER_PAGE } from '../../../../src/cards/configurationList';
import { MESSAGE_BUDGET_BYTES, payloadBytes } from '../../../../src/cards/messageBudget';
import { Verb } from '../../../../src/cards/verbs';
import type { SyncConfiguration } from '../../../../src/domain';
import { assertValidCard, buttonsOf, cardOf, cardText } from '../../../support/adaptiveCard';
import { manyConfigurations } from '../../../support/bigContent';
import { CONTOSO_A, CONTOSO_B, FABRIKAM, NORTHWIND } from '../../../support/configurations';
import { fakeCatalog } from '../../../support/fakeCatalog';
import { botUnderTest } from '../../../support/turns';

/** Configuration 000 … 499: every fifth active, quarantined, paused, failing, without a job (400 need attention). */
const named = (count: number) => manyConfigurations(count, (i) => `Configuration ${String(i).padStart(3, '0')}`);

/** The card an invoke answered with (the clicked card is replaced by it). */
function answered(invoke: InvokeResponse | undefined): Record<string, unknown> {
  assert.equal(invoke?.status, 200);
  const body = invoke?.body as { type: string; value: Record<string, unknown> };
  assert.equal(
    body.type,
    'application/vnd.microsoft.card.adaptive',
    `expected a card, got ${JSON.stringify(body).slice(0, 200)}`,
  );
  assertValidCard(body.value);
  return body.value;
}

const rowNames = (card: unknown) =>
  [...cardText(card).matchAll(/^(Configuration \d{3}|Contoso \w+)$/gm)].map((m) => m[1]);
/** The status a row shows next to the configuration's name. */
function statusOf(card: Record<string, unknown>, name: string): string | undefined {
  type Row = { columns?: Array<{ items: Array<{ text?: string }> }> };
  const row = (card.body as Row[]).find((r) => r.columns?.[0].items[0].text === name);
  return row?.columns?.[1].items[0].text;
}
const pagingButtons = (card: unknown) =>
  buttonsOf(card)
    .filter((b) => b.verb === Verb.listConfigurations)
    .map((b) => `${b.title} ${JSON.stringify(b.data)}`);

describe('list configurations: a page at a time', () => {
  it('the first page: those needing attention first, a header with the counts, Next and Refresh', async () => {
    const t = botUnderTest({ catalog: fakeCatalog(named(500)) });
    const [reply, ...rest] = await t.say('list configurations');
    assert.equal(rest.length, 0);
    const card = cardOf(reply);
    assertValidCard(card);
    assert.ok(payloadBytes(card) <= MESSAGE_BUDGET_BYTES, `${payloadBytes(card)} bytes`);
    assert.match(cardText(card), /Configurations 1–20 of 500 \(400 need attention\)/);
    // Quarantined first (001, 006, 011 …), by name.
    assert.deepEqual(rowNames(card).slice(0, 3), ['Configuration 001', 'Configuration 006', 'Configuration 011']);
    assert.equal(rowNames(card).length, CONFIGURATIONS_PER_PAGE);
    assert.deepEqual(pagingButtons(card), ['Next {"page":"2"}', 'Refresh {"page":"1"}']);
  });

  it('orders quarantined, failing, stopped, not set up, then the rest, each by name', async () => {
    const [active, quarantined, paused, failing, noJob] = named(5);
    const disabled = {
      ...active,
      servicePrincipalId: 'c0ffee00-0000-4000-8000-0000000000dd',
      displayName: 'C disabled',
      job: { ...active.job!, scheduleState: 'Disabled' as const },
    };
    const catalog = fakeCatalog([
      { ...active, displayName: 'A active' },
      { ...noJob, displayName: 'B no job' },
      { ...paused, displayName: 'C paused' },
      disabled,
      { ...failing, displayName: 'D failing' },
      { ...quarantined, displayName: 'E quarantined' },
    ]);
    const card = cardOf((await botUnderTest({ catalog }).say('list configurations'))[0]);
    const text = cardText(card);
    const order = ['E quarantined', 'D failing', 'C disabled', 'C paused', 'B no job', 'A active'].map((name) =>
      text.indexOf(name),
    );
    assert.deepEqual(
      [...order].sort((a, b) => a - b),
      order,
    );
    assert.match(text, /6 configurations \(5 need attention\)/);
    assert.equal(statusOf(card, 'C disabled'), 'Stopped');
    assert.equal(statusOf(card, 'C paused'), 'Paused');
    assert.equal(statusOf(card, 'D failing'), 'Failing', 'a job whose runs fail says so, though it is scheduled');
    assert.equal(statusOf(card, 'A active'), 'Active');
  });

  it('Next, Previous and the last page replace the card in place', async () => {
    const t = botUnderTest({ catalog: fakeCatalog(named(500)) });
    const first = cardOf((await t.say('list configurations'))[0]);
    const next = await t.click(Verb.listConfigurations, buttonsOf(first).find((b) => b.title === 'Next')!.data);
    assert.equal(next.replies.length, 0, 'no new message: the card is updated');
    const second = answered(next.invoke);
    assert.match(cardText(second), /Configurations 21–40 of 500/);
    assert.deepEqual(pagingButtons(second), ['Previous {"page":"1"}', 'Next {"page":"3"}', 'Refresh {"page":"2"}']);
    assert.equal(rowNames(second).filter((n) => rowNames(first).includes(n)).length, 0, 'no row on both pages');

    const back = answered(
      (await t.click(Verb.listConfigurations, buttonsOf(second).find((b) => b.title === 'Previous')!.data)).invoke,
    );
    assert.deepEqual(rowNames(back), rowNames(first));

    const last = answered((await t.click(Verb.listConfigurations, { page: '25' })).invoke);
    assert.match(cardText(last), /Configurations 481–500 of 500/);
    assert.deepEqual(
      rowNames(last).slice(-2),
      ['Configuration 490', 'Configuration 495'],
      'the active ones last, by name',
    );
    assert.deepEqual(pagingButtons(last), ['Previous {"page":"24"}', 'Refresh {"page":"25"}']);
  });

  for (const page of ['abc', '-1', '0', '2.5', '100000', '']) {
    it(`refuses a button whose page was altered to ${JSON.stringify(page)}`, async () => {
      const t = botUnderTest({ catalog: fakeCatalog(named(50)) });
      const { invoke, replies } = await t.click(Verb.listConfigurations, { page });
      assert.equal(replies.length, 0);
      assert.match(String((invoke?.body as { value: unknown }).value), /That button sent data I cannot use/);
      assert.equal(t.logs.find('request not served').length, 1);
    });
  }

  it('refuses an altered filter that is not text, or too long', async () => {
    const t = botUnderTest({ catalog: fakeCatalog(named(50)) });
    for (const filter of [{ $ne: null }, 'x'.repeat(101)]) {
      const { invoke } = await t.click(Verb.listConfigurations, { page: '1', filter });
      assert.match(String((invoke?.body as { value: unknown }).value), /That button sent data I cannot use/);
    }
  });

  it(
    'a page past the end (the list got shorter, or the number was altered) shows the last page and ' + 'says so',
    async () => {
      const configurations = named(500);
      const t = botUnderTest({ catalog: fakeCatalog(configurations) });
      await t.say('list configurations');
      configurations.splice(30); // 470 removed before the next click
      const card = answered((await t.click(Verb.listConfigurations, { page: '3' })).invoke);
      const text = cardText(card);
      assert.match(text, /Configurations 21–30 of 30/);
      assert.match(text, /There are 2 pages now: this is the last\./);
      assert.deepEqual(pagingButtons(card), ['Previous {"page":"1"}', 'Refresh {"page":"2"}']);
      assert.match(
        cardText(answered((await t.click(Verb.listConfigurations, { page: '9999' })).invoke)),
        /Configurations 21–30 of 30/,
      );
    },
  );

  it(
    'a configuration added between two pages is placed where it belongs: the pages are computed ' +
      'from the list as it is',
    async () => {
      const configurations = named(40);
      const t = botUnderTest({ catalog: fakeCatalog(configurations) });
      const first = cardOf((await t.say('list configurations'))[0]);
      configurations.push({
        ...configurations[1],
        servicePrincipalId: 'c0ffee00-0000-4000-8000-999999999999',
        displayName: 'Configuration 000 new',
      });
      const refreshed = answered((await t.click(Verb.listConfigurations, { page: '1' })).invoke);
      assert.match(cardText(refreshed), /Configurations 1–20 of 41 \(33 need attention\)/);
      assert.equal(rowNames(first)[0], 'Configuration 001');
      assert.match(cardText(refreshed), /^Configuration 000 new$/m, 'the new quarantined one is on the first page');
    },
  );

  it(
    '"list configurations fabrikam" lists only those whose name or target matches, and pages keep ' + 'the filter',
    async () => {
      const fabrikam = named(30).map((c, i): SyncConfiguration => ({
        ...c,
        target: i % 2 ? { ...FABRIKAM, tenantId: c.target!.tenantId, displayName: 'Fabrikam Europe' } : NORTHWIND,
      }));
      const t = botUnderTest({ catalog: fakeCatalog([...fabrikam, CONTOSO_A, CONTOSO_B]) });
      const card = cardOf((await t.say('list configurations Fabrikam'))[0]);
      const text = cardText(card);
      assert.match(text, /16 configurations matching "Fabrikam" \(12 need attention\)/);
      assert.ok(rowNames(card).includes('Contoso A') && !rowNames(card).includes('Contoso B'));
      assert.deepEqual(pagingButtons(card), ['Refresh {"filter":"Fabrikam","page":"1"}']);
      const byName = cardOf((await t.say('list configs for contoso-b'))[0]);
      assert.deepEqual(rowNames(byName), ['Contoso B']);
      const none = cardText(cardOf((await t.say('list configurations tailspin'))[0]));
      assert.match(none, /No configuration's name or target tenant matches "tailspin"\./);
    },
  );

  it('the filter is carried by Next and Previous', async () => {
    const t = botUnderTest({ catalog: fakeCatalog(named(100)) });
    const card = cardOf((await t.say('list configurations configuration 0'))[0]);
    assert.match(cardText(card), /Configurations 1–20 of 100 matching "configuration 0"/);
    const next = answered(
      (await t.click(Verb.listConfigurations, buttonsOf(card).find((b) => b.title === 'Next')!.data)).invoke,
    );
    assert.match(cardText(next), /Configurations 21–40 of 100 matching "configuration 0"/);
  });
});
