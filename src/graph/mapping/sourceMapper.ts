import type { MappingValue } from '../../domain';
import type { WireAttributeSource } from '../wire/synchronization';

/**
 * A mapping value as Graph's attributeMappingSource: constants quoted, attributes in brackets, functions as written;
 * None is no source at all (the mapping's default value applies).
 */
export function toWireSource(value: MappingValue): WireAttributeSource | null {
  switch (value.sourceType) {
    case 'Constant':
      return { type: 'Constant', name: value.source, expression: `"${value.source}"`, parameters: [] };
    case 'Attribute':
      return { type: 'Attribute', name: value.source, expression: `[${value.source}]`, parameters: [] };
    case 'Function':
      return {
        type: 'Function',
        name: /^(\w+)\(/.exec(value.source)?.[1] ?? '',
        expression: value.source,
        parameters: [],
      };
    case 'None':
      return null;
  }
}
