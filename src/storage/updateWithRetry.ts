import { setTimeout as sleep } from 'node:timers/promises';
import { ErrorCode, isCoded } from '../errors';
import { DurableStorage, IF_ABSENT, readItem, StoreItem, withoutETag } from './durableStorage';
import { storageConflict } from './storageErrors';

/**
 * Computes the next value from the current one (undefined when the key is absent). Return
 * undefined to leave the item as it is. It may run several times, each time on fresher state,
 * so it must only compute: no messages, no Graph calls. Throwing stops the update.
 */
export type Transition<T> = (current: T | undefined) => T | undefined;

export interface UpdateOptions {
  /** Reads and compare-and-set writes to try before giving up with StorageConflict. */
  maxAttempts?: number;
  /** Base of the random, doubling pause between attempts, so contenders stop colliding. */
  backoffMs?: number;
}

export interface UpdateResult<T> {
  /** The value now stored (the one written, or the current one when unchanged). */
  value: T | undefined;
  changed: boolean;
  attempts: number;
}

/**
 * A state transition as compare-and-set: read, compute, write only if nobody wrote in between
 * (eTag, or create-only when absent), else start again from fresh state. Exactly one of several
 * concurrent callers, in any process, applies a transition to a given version; when contention
 * outlasts the attempts the caller gets StorageConflict, never a silently lost update.
 */
export async function updateWithRetry<T extends object>(
  storage: DurableStorage,
  key: string,
  transition: Transition<T>,
  options: UpdateOptions = {},
): Promise<UpdateResult<T>> {
  const maxAttempts = options.maxAttempts ?? 8;
  const backoffMs = options.backoffMs ?? 10;
  let lastConflict: unknown;
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    const stored = await readItem(storage, key);
    const current = stored ? (withoutETag(stored) as T) : undefined;
    const next = transition(current);
    if (next === undefined) return { value: current, changed: false, attempts: attempt };
    try {
      await storage.write({ [key]: { ...withoutETag(next as StoreItem), eTag: stored?.eTag ?? IF_ABSENT } });
      return { value: next, changed: true, attempts: attempt };
    } catch (error) {
      if (!isCoded(error, ErrorCode.StorageConflict)) throw error;
      lastConflict = error;
      if (attempt < maxAttempts) await sleep(Math.random() * backoffMs * 2 ** Math.min(attempt - 1, 6));
    }
  }
  throw storageConflict(key, lastConflict, { attempts: maxAttempts });
}
