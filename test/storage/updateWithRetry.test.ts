import assert from 'node:assert/strict';
import { CodedError, ErrorCode, isCoded } from '../../src/errors';
import { DurableStorage, readItem, StoreItems, withoutETag } from '../../src/storage/durableStorage';
import { updateWithRetry } from '../../src/storage/updateWithRetry';
import { useBackend } from './support/backends';

interface Approval {
  status: 'pending' | 'approved' | 'rejected';
  decidedBy?: string;
}

/** The transition approvals need: only a pending request can be decided, and only once. */
const decide =
  (by: string) =>
  (current: Approval | undefined): Approval | undefined =>
    current?.status === 'pending' ? { status: 'approved', decidedBy: by } : undefined;

describe('updateWithRetry', () => {
  const backend = useBackend('sqlite');
  let storage: DurableStorage;
  before(async () => {
    storage = await backend.open();
  });

  it('creates an absent item with a create-only write and hands the transition no eTag', async () => {
    let seen: unknown = 'not called';
    const result = await updateWithRetry<{ n: number }>(
      storage,
      'retry/new',
      (current) => ((seen = current), { n: 1 }),
    );
    assert.equal(seen, undefined);
    assert.deepEqual(result, { value: { n: 1 }, changed: true, attempts: 1 });
    await updateWithRetry<{ n: number }>(storage, 'retry/new', (current) => ((seen = current), { n: 2 }));
    assert.deepEqual(seen, { n: 1 });
  });

  it('applies a transition exactly once when many deciders race on two handles', async () => {
    const other = await backend.open();
    await storage.write({ 'retry/approval': { status: 'pending' } });
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        updateWithRetry(i % 2 ? storage : other, 'retry/approval', decide(`approver-${i}`)),
      ),
    );
    const winners = results.filter((r) => r.changed);
    assert.equal(winners.length, 1);
    assert.deepEqual(withoutETag((await readItem(storage, 'retry/approval')) ?? {}), winners[0].value);
    for (const loser of results.filter((r) => !r.changed)) assert.equal(loser.value?.status, 'approved');
  });

  it('leaves the item alone when the transition returns undefined', async () => {
    await storage.write({ 'retry/done': { status: 'rejected' } });
    const before = await readItem(storage, 'retry/done');
    const result = await updateWithRetry(storage, 'retry/done', decide('someone'));
    assert.deepEqual(result, { value: { status: 'rejected' }, changed: false, attempts: 1 });
    assert.equal((await readItem(storage, 'retry/done'))?.eTag, before?.eTag);
  });

  it('passes an error thrown by the transition through without writing', async () => {
    await storage.write({ 'retry/stale': { status: 'pending' } });
    const stale = new CodedError(ErrorCode.StaleAction, 'This request changed since the card was sent');
    await assert.rejects(
      updateWithRetry(storage, 'retry/stale', () => {
        throw stale;
      }),
      (e) => e === stale,
    );
    assert.equal((await readItem<Approval>(storage, 'retry/stale'))?.status, 'pending');
  });

  it('gives up with StorageConflict, naming the key and the attempts, when every write loses', async () => {
    // Another instance writes between each of our reads and writes.
    const contended: DurableStorage = {
      read: async (keys: string[]): Promise<StoreItems> => {
        const items = await storage.read(keys);
        await storage.write({ 'retry/contended': { n: Math.random() } });
        return items;
      },
      write: (changes) => storage.write(changes),
      delete: (keys) => storage.delete(keys),
      createIfAbsent: (k, v) => storage.createIfAbsent(k, v),
      listKeys: (prefix) => storage.listKeys(prefix),
      close: async () => undefined,
    };
    await storage.write({ 'retry/contended': { n: 0 } });
    await assert.rejects(
      updateWithRetry<{ n: number }>(contended, 'retry/contended', (c) => ({ n: (c?.n ?? 0) + 1 }), {
        maxAttempts: 3,
        backoffMs: 0,
      }),
      (e: unknown) =>
        isCoded(e, ErrorCode.StorageConflict) &&
        e.details.key === 'retry/contended' &&
        e.details.attempts === 3 &&
        /eTag conflict/.test(e.message),
    );
  });
});
