import assert from 'node:assert/strict';
import { placeholdersIn, resolvePlaceholders } from '../../tools/placeholders';

describe('tools/placeholders', () => {
  it('lists the ${{NAME}} placeholders once each', () => {
    assert.deepEqual(placeholdersIn('${{A}} x ${{ B }} ${{A}} {{appName}} $X'), ['A', 'B']);
  });

  it('replaces known names, keeps and reports unknown ones, and accepts empty values', () => {
    const result = resolvePlaceholders('${{A}}-${{EMPTY}}-${{MISSING}}', { A: 'a', EMPTY: '' });
    assert.equal(result.text, 'a--${{MISSING}}');
    assert.deepEqual(result.missing, ['MISSING']);
  });

  it('escapes values for JSON so a quote cannot break the manifest', () => {
    const result = resolvePlaceholders('{"name":"${{NAME}}"}', { NAME: 'Say "hi"\\' }, { json: true });
    assert.deepEqual(JSON.parse(result.text), { name: 'Say "hi"\\' });
  });
});
