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
        parameters: functionParameters(value.source),
      };
    case 'None':
      return null;
  }
}

const APPEND = /^Append\(\[(\w+)\],\s*"((?:[^"\\]|\\.)*)"\)$/;

/**
 * The documented parameter tree of a function source (attributeMappingSource.parameters: each argument an
 * attributeMappingSource of its own, keyed by the function's parameter name), so the service need not parse the
 * expression text. Append(source, suffix) is the one function the bot writes (the display-name suffix).
 */
function functionParameters(expression: string): WireAttributeSource['parameters'] {
  const append = APPEND.exec(expression);
  if (!append) return [];
  const suffix = append[2].replace(/\\(.)/g, '$1');
  return [
    { key: 'source', value: { type: 'Attribute', name: append[1], expression: `[${append[1]}]`, parameters: [] } },
    { key: 'suffix', value: { type: 'Constant', name: suffix, expression: `"${append[2]}"`, parameters: [] } },
  ];
}
