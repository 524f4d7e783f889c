import assert from 'node:assert/strict';
import type { Activity } from 'botbuilder';

/** Element and action types of Adaptive Cards up to 1.5 (what Teams renders). */
const ELEMENTS = new Set([
  'TextBlock',
  'RichTextBlock',
  'Image',
  'ImageSet',
  'Media',
  'ActionSet',
  'Container',
  'ColumnSet',
  'FactSet',
  'Table',
  'Input.Text',
  'Input.Number',
  'Input.Date',
  'Input.Time',
  'Input.Toggle',
  'Input.ChoiceSet',
]);
const ACTIONS = new Set([
  'Action.Execute',
  'Action.Submit',
  'Action.OpenUrl',
  'Action.ShowCard',
  'Action.ToggleVisibility',
]);
const COLORS = new Set(['Default', 'Dark', 'Light', 'Accent', 'Good', 'Warning', 'Attention']);
const STYLES = new Set(['default', 'emphasis', 'good', 'attention', 'warning', 'accent']);

/**
 * Checks a rendered card against the Adaptive Card 1.5 rules the bot relies on: known element and
 * action types, required properties with the right types, enum values, and no template leftovers.
 */
export function assertValidCard(card: unknown, options: { userText?: boolean } = {}): void {
  const json = JSON.stringify(card);
  assert.ok(
    options.userText || !json.includes('${'),
    `template leftover in ${json.slice(json.indexOf('${') - 80, json.indexOf('${') + 40)}`,
  );
  assert.ok(!/"\$(?:data|when|root|index)"/.test(json), 'template keyword left in the card');
  const c = card as Record<string, unknown>;
  assert.equal(c.type, 'AdaptiveCard');
  assert.equal(c.version, '1.5');
  assert.ok(Array.isArray(c.body), 'body must be an array');
  (c.body as unknown[]).forEach((e, i) => element(e, `body[${i}]`));
  if (c.actions !== undefined) actions(c.actions, 'actions');
}

function element(node: unknown, at: string): void {
  const e = node as Record<string, unknown>;
  assert.ok(e && typeof e === 'object', `${at} is not an object`);
  assert.ok(ELEMENTS.has(String(e.type)), `${at}: unknown element type ${String(e.type)}`);
  if (e.color !== undefined) assert.ok(COLORS.has(String(e.color)), `${at}: bad color ${String(e.color)}`);
  if (e.style !== undefined && e.type === 'Container')
    assert.ok(STYLES.has(String(e.style)), `${at}: bad style ${String(e.style)}`);
  switch (e.type) {
    case 'TextBlock':
      assert.equal(typeof e.text, 'string', `${at}: TextBlock.text must be a string`);
      assert.ok((e.text as string).trim().length > 0, `${at}: empty TextBlock`);
      break;
    case 'Container':
      assert.ok(Array.isArray(e.items), `${at}: Container.items must be an array`);
      (e.items as unknown[]).forEach((x, i) => element(x, `${at}.items[${i}]`));
      break;
    case 'ColumnSet':
      assert.ok(Array.isArray(e.columns), `${at}: ColumnSet.columns must be an array`);
      (e.columns as Array<Record<string, unknown>>).forEach((col, i) => {
        assert.ok(col.type === undefined || col.type === 'Column', `${at}.columns[${i}]: not a Column`);
        (Array.isArray(col.items) ? col.items : []).forEach((x: unknown, j: number) =>
          element(x, `${at}.columns[${i}].items[${j}]`),
        );
      });
      break;
    case 'FactSet':
      assert.ok(Array.isArray(e.facts), `${at}: FactSet.facts must be an array`);
      (e.facts as Array<Record<string, unknown>>).forEach((f, i) => {
        assert.equal(typeof f.title, 'string', `${at}.facts[${i}].title must be a string`);
        assert.equal(typeof f.value, 'string', `${at}.facts[${i}].value must be a string`);
      });
      break;
    case 'ActionSet':
      actions(e.actions, `${at}.actions`);
      break;
  }
}

function actions(node: unknown, at: string): void {
  assert.ok(Array.isArray(node), `${at} must be an array`);
  (node as Array<Record<string, unknown>>).forEach((a, i) => {
    assert.ok(ACTIONS.has(String(a.type)), `${at}[${i}]: unknown action type ${String(a.type)}`);
    assert.equal(typeof a.title, 'string', `${at}[${i}]: an action needs a title`);
    if (a.type === 'Action.Execute') {
      assert.equal(typeof a.verb, 'string', `${at}[${i}]: Action.Execute needs a verb`);
      assert.ok(
        a.data === undefined || (typeof a.data === 'object' && !Array.isArray(a.data)),
        `${at}[${i}]: data must be an object`,
      );
    }
  });
}

/** The Adaptive Card attached to a reply. */
export function cardOf(activity: Partial<Activity> | undefined): Record<string, unknown> {
  const attachment = activity?.attachments?.[0];
  if (!attachment || attachment.contentType !== 'application/vnd.microsoft.card.adaptive') {
    throw new Error(`expected an Adaptive Card reply, got ${JSON.stringify(activity)?.slice(0, 300)}`);
  }
  return attachment.content as Record<string, unknown>;
}

/** A string as Teams shows it: markdown backslash escapes and the zero-width space of a defused address removed. */
export function shown(text: string): string {
  return text.replace(/\\([\\`*_~[\]<>#+\-.)])/g, '$1').replace(/\u200B/g, '');
}

/** Every string in a card (texts, fact titles and values, button titles) as shown, for "does it say X" checks. */
export function cardText(card: unknown): string {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (typeof node === 'string') out.push(shown(node));
    else if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') Object.values(node).forEach(walk);
  };
  walk(card);
  return out.join('\n');
}

/** The Action.Execute buttons in a card: verb, title and data. */
export function buttonsOf(card: unknown): Array<{ verb: string; title: string; data: Record<string, unknown> }> {
  const out: Array<{ verb: string; title: string; data: Record<string, unknown> }> = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (o.type === 'Action.Execute')
        out.push({ verb: String(o.verb), title: String(o.title), data: (o.data ?? {}) as Record<string, unknown> });
      Object.values(o).forEach(walk);
    }
  };
  walk(card);
  return out;
}
