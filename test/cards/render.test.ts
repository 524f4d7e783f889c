import assert from 'node:assert/strict';
import { cardKind, renderTemplate } from '../../src/cards/render';

describe('renderTemplate (parsed once, expanded per model)', () => {
  const template = {
    type: 'AdaptiveCard',
    version: '1.5',
    body: [
      { type: 'TextBlock', text: 'Hello ${name}' },
      { type: 'FactSet', facts: [{ $data: '${facts}', title: '${title}', value: '${value}' }] },
    ],
  };

  it('binds each model on its own: nothing of one rendering shows in the next', () => {
    const first = renderTemplate('greeting', template, {
      name: 'Adele',
      facts: [
        { title: 'a', value: '1' },
        { title: 'b', value: '2' },
      ],
    });
    (first.body[0] as { text: string }).text = 'changed by the caller';
    const second = renderTemplate('greeting', template, { name: 'Lee', facts: [{ title: 'c', value: '3' }] });
    assert.deepEqual(second.body, [
      { type: 'TextBlock', text: 'Hello Lee' },
      { type: 'FactSet', facts: [{ title: 'c', value: '3' }] },
    ]);
    assert.equal(
      (renderTemplate('greeting', template, { name: 'Adele', facts: [] }).body[0] as { text: string }).text,
      'Hello Adele',
    );
  });

  it('leaves the template itself untouched', () => {
    const before = JSON.stringify(template);
    renderTemplate('greeting', template, { name: 'Megan', facts: [{ title: 'x', value: 'y' }] });
    assert.equal(JSON.stringify(template), before);
  });

  it('knows which template a card came from, for log lines about it', () => {
    assert.equal(cardKind(renderTemplate('greeting', template, { name: 'Lee', facts: [] })), 'greeting');
    assert.equal(cardKind({ type: 'AdaptiveCard', version: '1.5', body: [] }), 'unknown');
  });
});
