import assert from 'node:assert/strict';
import { ErrorCode, isCoded } from '../../src/errors';
import { DurableStorage, IF_ABSENT, readItem } from '../../src/storage/durableStorage';
import { updateWithRetry } from '../../src/storage/updateWithRetry';
import { BackendName, useBackend } from './support/backends';

/** Real Teams and Bot Framework ids, and keys that break naive encodings. */
const AWKWARD_KEYS = [
  'msteams/28:0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d/conversations/19:abc@thread.tacv2;messageid=123',
  'msteams/28:bot/users/29:1GcS4EyB_oSI8A88XmWBN7NKFrZ9iC-qTPyjWEdtCkOAp9Ox3xCXsSGHoxW0ZdHSXLLG-0rCDvVlu_Z9pGWmsOw',
  'msteams/28:bot/conversations/a:1Xy6Ms1A2bCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdEfGhIjKlMnOpQrStUvWxYz',
  'msteams/28:bot/conversations/19:meeting_NjM0ZTg5YzMtMTIz@thread.v2',
  'approvals/Zoë Brönte/日本語/🚀',
  'dots/../and/trailing.',
  'literal%2Fpercent and spaces?#&+=',
  '.',
];

const isConflict = (e: unknown): boolean =>
  isCoded(e, ErrorCode.StorageConflict) && /eTag conflict/.test((e as Error).message);
/** One read-modify-write with a pause in between, as a turn that calls Graph between reading and saving. */
async function casIncrementOnce(storage: DurableStorage, key: string): Promise<void> {
  const current = await readItem<{ n?: number }>(storage, key);
  await new Promise((resolve) => setImmediate(resolve));
  await storage.write({ [key]: { n: (current?.n ?? 0) + 1, eTag: current?.eTag ?? IF_ABSENT } });
}

const isUnavailable = (e: unknown): boolean => isCoded(e, ErrorCode.StorageUnavailable);

for (const name of ['sqlite', 'blob'] as BackendName[]) {
  describe(`storage conformance: ${name}`, function () {
    this.timeout(60_000);
    const backend = useBackend(name);
    let storage: DurableStorage;
    let other: DurableStorage;
    let test = 0;
    let ns = '';
    const key = (suffix: string): string => `${ns}${suffix}`;

    before(async () => {
      storage = await backend.open();
      other = await backend.open();
    });
    beforeEach(() => {
      ns = `t${++test}/`;
    });

    it('omits missing keys on read and sets an eTag on every item read', async () => {
      assert.deepEqual(await storage.read([key('missing')]), {});
      await storage.write({ [key('a')]: { n: 1, nested: { list: [1, 'x', null, true] } } });
      const items = await other.read([key('a'), key('missing')]);
      assert.deepEqual(Object.keys(items), [key('a')]);
      assert.deepEqual(
        { ...items[key('a')], eTag: undefined },
        { n: 1, nested: { list: [1, 'x', null, true] }, eTag: undefined },
      );
      assert.equal(typeof items[key('a')].eTag, 'string');
    });

    it('writes with the current eTag and gives a new one', async () => {
      await storage.write({ [key('a')]: { n: 1 } });
      const first = await readItem(storage, key('a'));
      await other.write({ [key('a')]: { ...first, n: 2 } });
      const second = await readItem(storage, key('a'));
      assert.equal(second?.n, 2);
      assert.notEqual(second?.eTag, first?.eTag);
    });

    it('rejects a write with a stale eTag as StorageConflict and keeps the stored value', async () => {
      await storage.write({ [key('a')]: { n: 1 } });
      const stale = await readItem(storage, key('a'));
      await other.write({ [key('a')]: { ...stale, n: 2 } });
      await assert.rejects(storage.write({ [key('a')]: { ...stale, n: 3 } }), isConflict);
      assert.equal((await readItem(other, key('a')))?.n, 2);
    });

    it('overwrites unconditionally with eTag "*" or no eTag', async () => {
      await storage.write({ [key('a')]: { n: 1 } });
      await other.write({ [key('a')]: { n: 2, eTag: '*' } });
      assert.equal((await readItem(storage, key('a')))?.n, 2);
      await storage.write({ [key('a')]: { n: 3 } });
      assert.equal((await readItem(other, key('a')))?.n, 3);
    });

    it('rejects a made-up eTag on a key that was never written', async () => {
      await assert.rejects(storage.write({ [key('new')]: { n: 1, eTag: '"0x8DC0FFEE"' } }), isConflict);
      assert.deepEqual(await storage.read([key('new')]), {});
    });

    it('lets exactly one of many concurrent creators win a create-only write', async () => {
      const contenders = Array.from({ length: 10 }, (_, i) =>
        (i % 2 ? storage : other).createIfAbsent(key('once'), { winner: i }),
      );
      const results = await Promise.all(contenders);
      assert.equal(results.filter(Boolean).length, 1);
      assert.equal((await readItem(storage, key('once')))?.winner, results.indexOf(true));
      await assert.rejects(other.write({ [key('once')]: { winner: -1, eTag: IF_ABSENT } }), isConflict);
    });

    it('deletes present and missing keys, after which the key can be created again', async () => {
      await storage.write({ [key('a')]: { n: 1 }, [key('b')]: { n: 2 } });
      await other.delete([key('a'), key('never')]);
      assert.deepEqual(Object.keys(await storage.read([key('a'), key('b')])), [key('b')]);
      assert.equal(await storage.createIfAbsent(key('a'), { n: 3 }), true);
    });

    it('lists keys by prefix, exactly and in order', async () => {
      const keys = [
        'approvals/pending/2',
        'approvals/pending/1',
        'approvals/done/3',
        'approvalsX',
        'alerts/subscriptions/日本',
      ];
      await storage.write(Object.fromEntries(keys.map((k) => [key(k), { k }])));
      assert.deepEqual(await other.listKeys(key('approvals/pending/')), [
        key('approvals/pending/1'),
        key('approvals/pending/2'),
      ]);
      assert.deepEqual(await other.listKeys(key('approvals')), [
        key('approvals/done/3'),
        key('approvals/pending/1'),
        key('approvals/pending/2'),
        key('approvalsX'),
      ]);
      assert.deepEqual(await other.listKeys(key('alerts/subscriptions/日')), [key('alerts/subscriptions/日本')]);
      assert.deepEqual(await other.listKeys(key('nothing/')), []);
      assert.equal((await other.listKeys(key(''))).length, keys.length);
    });

    it('keeps Teams ids, Unicode and URL-special characters in keys intact', async () => {
      await storage.write(Object.fromEntries(AWKWARD_KEYS.map((k, i) => [key(k), { i }])));
      const items = await other.read(AWKWARD_KEYS.map(key));
      AWKWARD_KEYS.forEach((k, i) => assert.equal(items[key(k)]?.i, i, k));
      assert.deepEqual(await other.listKeys(key('')), AWKWARD_KEYS.map(key).sort());
      assert.deepEqual(
        await other.listKeys(key('msteams/28:bot/conversations/')),
        [key(AWKWARD_KEYS[2]), key(AWKWARD_KEYS[3])].sort(),
      );
    });

    it('refuses keys no back end can hold, with InvalidInput', async () => {
      for (const bad of ['', 'lone \uD800 surrogate', 'x'.repeat(1025)]) {
        await assert.rejects(
          storage.write({ [bad]: { n: 1 } }),
          (e: unknown) => isCoded(e, ErrorCode.InvalidInput),
          JSON.stringify(bad.slice(0, 20)),
        );
      }
    });

    it('round-trips large values', async () => {
      const big = {
        text: 'é🚀x'.repeat(400_000),
        rows: Array.from({ length: 5000 }, (_, i) => ({ i, id: `user-${i}` })),
      };
      await storage.write({ [key('big')]: big });
      const read = await readItem(other, key('big'));
      assert.equal(read?.text, big.text);
      assert.deepEqual(read?.rows, big.rows);
    });

    it('ends concurrent compare-and-set increments from two handles with the exact count', async () => {
      const increment = (s: DurableStorage) =>
        updateWithRetry<{ n: number }>(s, key('counter'), (c) => ({ n: (c?.n ?? 0) + 1 }), { maxAttempts: 100 });
      await Promise.all(Array.from({ length: 20 }, (_, i) => increment(i % 2 ? storage : other)));
      assert.equal((await readItem(storage, key('counter')))?.n, 20);
    });

    it(
      'never loses an update silently: of writers that all read the same version, one stores and the rest get ' +
        'StorageConflict',
      async () => {
        await storage.write({ [key('counter')]: { n: 0 } });
        // Every writer reads before any writes (a barrier), so all of them really hold the same version.
        const handles = Array.from({ length: 20 }, (_, i) => (i % 2 ? storage : other));
        const versions = await Promise.all(handles.map((s) => readItem<{ n: number }>(s, key('counter'))));
        assert.ok(
          versions.every((v) => v?.eTag === versions[0]?.eTag),
          'the writers did not all read the same version',
        );
        const results = await Promise.allSettled(
          handles.map((s, i) => s.write({ [key('counter')]: { n: versions[i]!.n + 1, eTag: versions[i]!.eTag } })),
        );
        for (const r of results) if (r.status === 'rejected') assert.ok(isConflict(r.reason), String(r.reason));
        assert.equal(results.filter((r) => r.status === 'fulfilled').length, 1);
        assert.equal((await readItem(storage, key('counter')))?.n, 1);
      },
    );

    it('ends interleaved compare-and-set writers that retry on conflict with the exact count', async () => {
      let conflicts = 0;
      const writer = async (s: DurableStorage): Promise<void> => {
        for (;;) {
          try {
            return await casIncrementOnce(s, key('counter'));
          } catch (error) {
            if (!isConflict(error)) throw error;
            conflicts++;
          }
        }
      };
      await Promise.all(Array.from({ length: 10 }, (_, i) => writer(i % 2 ? storage : other)));
      assert.equal((await readItem(storage, key('counter')))?.n, 10);
      assert.ok(conflicts > 0, 'the writers never overlapped, so this test proved nothing');
    });

    it('reports StorageUnavailable with a clear message when the store is gone', async () => {
      const lost = await backend.openThenLose();
      const expected =
        name === 'sqlite'
          ? /SQLite storage could not (read|write|delete|list) .*not open/
          : /Azure Blob Storage at http:\/\/127\.0\.0\.1:\d+\/devstoreaccount1\/conformance-\d+ is unreachable/;
      const check = (e: unknown): boolean => isUnavailable(e) && expected.test((e as Error).message);
      await assert.rejects(lost.read([key('a')]), check);
      await assert.rejects(lost.write({ [key('a')]: { n: 1 } }), check);
      await assert.rejects(lost.createIfAbsent(key('a'), { n: 1 }), check);
      await assert.rejects(lost.delete([key('a')]), check);
      await assert.rejects(lost.listKeys(key('')), check);
    });
  });
}
