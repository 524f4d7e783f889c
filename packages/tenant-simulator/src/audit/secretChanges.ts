import type { SecretPair } from '../store/types';
import { MASKED_KEYS } from '../sync/secrets';
import { changed, type ModifiedProperty } from './targets';

/** Each secret whose value a PUT changed, by its key; password-like ones show "*" as Graph shows them on GET. */
export function secretChanges(before: SecretPair[], after: SecretPair[]): ModifiedProperty[] {
  const value = (list: SecretPair[], key: string): string | null => {
    const found = list.find((s) => s.key === key);
    if (!found) return null;
    return MASKED_KEYS.has(key) ? '*' : found.value;
  };
  const keys = [...new Set([...before.map((s) => s.key), ...after.map((s) => s.key)])];
  return keys
    .filter((k) => before.find((s) => s.key === k)?.value !== after.find((s) => s.key === k)?.value)
    .map((k) => changed(k, value(before, k), value(after, k)));
}
