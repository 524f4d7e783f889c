import { invalidStorageKey } from './storageErrors';

/**
 * The longest key accepted, measured after URI encoding, because a Blob name holds at most
 * 1024 characters. Both back ends apply the same rule so that a key that works on SQLite
 * also works after moving to Blob.
 */
export const MAX_ENCODED_KEY_LENGTH = 1024;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function assertValidKey(key: string): void {
  if (typeof key !== 'string' || key.length === 0) throw invalidStorageKey(String(key), 'it is empty');
  // A lone surrogate cannot be encoded as UTF-8, so neither SQLite nor a Blob name could keep it intact.
  if (LONE_SURROGATE.test(key)) throw invalidStorageKey(key, 'it holds a lone UTF-16 surrogate');
  const encoded = encodeURIComponent(key).length;
  if (encoded > MAX_ENCODED_KEY_LENGTH) {
    throw invalidStorageKey(key, `it is ${encoded} characters once encoded, more than ${MAX_ENCODED_KEY_LENGTH}`);
  }
}
