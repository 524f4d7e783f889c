import type { Storage, StoreItem, StoreItems } from 'botbuilder';
import { ErrorCode, isCoded } from '../errors';

export type { Storage, StoreItem, StoreItems } from 'botbuilder';

/**
 * An eTag that means "write only if the key does not exist yet" (If-None-Match: *).
 * It can never collide with a real eTag: Blob eTags are quoted hex, SQLite eTags are UUIDs.
 */
export const IF_ABSENT = 'if-absent:*';

/**
 * botbuilder's Storage with the same eTag rules on every back end, plus what approvals and
 * alerts need on top of it.
 *
 * write(): per item, an absent eTag or "*" overwrites; IF_ABSENT creates only; any other eTag
 * must match the stored one (a missing key never matches). A mismatch throws one
 * CodedError(ErrorCode.StorageConflict) whose message keeps botbuilder's "eTag conflict"
 * wording. read() omits missing keys and sets `eTag` on every item it returns.
 * delete() of a missing key is a no-op. An unreachable store throws StorageUnavailable.
 */
export interface DurableStorage extends Storage {
  /** Stores `value` only if `key` is absent: true for the one caller that created it. */
  createIfAbsent(key: string, value: StoreItem): Promise<boolean>;
  /** Every stored key that starts with `prefix`, in ascending order. */
  listKeys(prefix: string): Promise<string[]>;
  /** Releases connections; later calls fail with StorageUnavailable. */
  close(): Promise<void>;
}

/** Reads one item, with its eTag, or undefined when the key is absent. */
export async function readItem<T extends object = StoreItem>(
  storage: Storage,
  key: string,
): Promise<(T & { eTag: string }) | undefined> {
  const items: StoreItems = await storage.read([key]);
  return items[key] as (T & { eTag: string }) | undefined;
}

/** The value without its eTag, which back ends keep beside the value, not inside it. */
export function withoutETag(item: StoreItem): Record<string, unknown> {
  const { eTag: _ignored, ...rest } = item;
  return rest;
}

/** createIfAbsent expressed as a create-only write, so back ends share one definition of it. */
export async function createByWrite(storage: Storage, key: string, value: StoreItem): Promise<boolean> {
  try {
    await storage.write({ [key]: { ...value, eTag: IF_ABSENT } });
    return true;
  } catch (error) {
    if (isCoded(error, ErrorCode.StorageConflict)) return false;
    throw error;
  }
}
