/**
 * The value, frozen all the way down: a card rendered once and sent on many turns must not be
 * changed by one of them (in strict mode a write to it throws instead of reaching later turns).
 */
export function deepFrozen<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as Record<string, unknown>)) deepFrozen(v);
  }
  return value;
}
