import type { AuditModifiedProperty, AuditTarget } from '../../domain';

/**
 * Graph gives modified values as JSON text, sometimes JSON inside a JSON string ("\"Paused\"", "[\"x\"]"); this
 * unwraps them. Text that is not JSON is itself.
 */
export function auditValue(text: string | undefined): unknown {
  if (text === undefined || text === '') return undefined;
  let value: unknown = text;
  for (let depth = 0; depth < 3 && typeof value === 'string'; depth++) {
    try {
      value = JSON.parse(value);
    } catch {
      break;
    }
  }
  // One-element arrays are how Entra writes most single values.
  return Array.isArray(value) && value.length === 1 ? value[0] : value;
}

/** The first boolean named `key` anywhere inside a value (a flat property or an object holding it). */
export function booleanIn(value: unknown, key: string): boolean | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const record = value as Record<string, unknown>;
  for (const [name, inner] of Object.entries(record)) {
    if (name.toLowerCase() === key.toLowerCase() && typeof inner === 'boolean') return inner;
  }
  for (const inner of Object.values(record)) {
    const found = booleanIn(inner, key);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** A boolean setting's old and new values in an entry's modified properties, when it changed. */
export function changedFlag(
  properties: readonly AuditModifiedProperty[],
  key: string,
): { before: boolean | undefined; after: boolean | undefined } | undefined {
  for (const property of properties) {
    const flat = property.name.toLowerCase().endsWith(key.toLowerCase());
    const before = flat ? asBoolean(auditValue(property.oldValue)) : booleanIn(auditValue(property.oldValue), key);
    const after = flat ? asBoolean(auditValue(property.newValue)) : booleanIn(auditValue(property.newValue), key);
    if (after !== undefined && before !== after) return { before, after };
  }
  return undefined;
}

const asBoolean = (value: unknown): boolean | undefined =>
  typeof value === 'boolean'
    ? value
    : value === 'True' || value === 'true'
      ? true
      : value === 'False'
        ? false
        : undefined;

/** Every modified property of every target. */
export const propertiesOf = (targets: readonly AuditTarget[]): AuditModifiedProperty[] =>
  targets.flatMap((t) => t.modifiedProperties);

/** A short rendering of a value for "before → after". */
export function shown(text: string | undefined): string {
  const value = auditValue(text);
  if (value === undefined || value === null) return '(none)';
  const words = typeof value === 'string' ? value : JSON.stringify(value);
  return words.length > 120 ? `${words.slice(0, 117)}...` : words;
}
