import assert from 'node:assert/strict';
import { displayNameValue } from '../../../src/domain/mappingValues';
import { toWireSource } from '../../../src/graph/mapping/sourceMapper';

describe('graph mapping: attribute-mapping sources', () => {
  it('writes the display-name suffix as Append with its documented parameter tree (source, suffix)', () => {
    assert.deepEqual(toWireSource(displayNameValue('Contoso "East"')), {
      type: 'Function',
      name: 'Append',
      expression: 'Append([displayName], " (Contoso \\"East\\")")',
      parameters: [
        {
          key: 'source',
          value: { type: 'Attribute', name: 'displayName', expression: '[displayName]', parameters: [] },
        },
        {
          key: 'suffix',
          value: { type: 'Constant', name: ' (Contoso "East")', expression: '" (Contoso \\"East\\")"', parameters: [] },
        },
      ],
    });
  });

  it('leaves constants and attributes without parameters', () => {
    assert.deepEqual(toWireSource(displayNameValue(undefined)), {
      type: 'Attribute',
      name: 'displayName',
      expression: '[displayName]',
      parameters: [],
    });
  });
});
