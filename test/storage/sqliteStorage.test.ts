import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ErrorCode, isCoded } from '../../src/errors';
import { silentLogger } from '../../src/logging';
import { readItem } from '../../src/storage/durableStorage';
import { SqliteStorage } from '../../src/storage/sqlite/sqliteStorage';

describe('SqliteStorage', () => {
  let dir = '';
  before(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'store-sqlite-only-'))));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('commits all keys of one write or none of them', async () => {
    const storage = SqliteStorage.open(path.join(dir, 'atomic.sqlite'), silentLogger());
    try {
      await storage.write({ 'approvals/1': { status: 'pending' }, 'audit/1': { event: 'requested' } });
      const stale = await readItem(storage, 'approvals/1');
      await storage.write({ 'approvals/1': { ...stale, status: 'approved' } });
      await assert.rejects(
        storage.write({ 'audit/2': { event: 'rejected' }, 'approvals/1': { ...stale, status: 'rejected' } }),
        (e: unknown) => isCoded(e, ErrorCode.StorageConflict) && e.details.key === 'approvals/1',
      );
      assert.deepEqual(await storage.listKeys('audit/'), ['audit/1']);
      assert.equal((await readItem(storage, 'approvals/1'))?.status, 'approved');
    } finally {
      await storage.close();
    }
  });

  it('creates its folder under DATA_DIR and keeps data after reopening', async () => {
    const file = path.join(dir, 'nested', 'data', 'bot.sqlite');
    const first = SqliteStorage.open(file, silentLogger());
    await first.write({ 'subscriptions/1': { kind: 'quarantine' } });
    await first.close();
    const second = SqliteStorage.open(file, silentLogger());
    assert.equal((await readItem(second, 'subscriptions/1'))?.kind, 'quarantine');
    await second.close();
  });

  it('refuses to start on a DATA_DIR that is a file, saying what to check', () => {
    const notADir = path.join(dir, 'plain-file');
    fs.writeFileSync(notADir, 'x');
    assert.throws(
      () => SqliteStorage.open(path.join(notADir, 'bot.sqlite'), silentLogger()),
      (e: unknown) =>
        isCoded(e, ErrorCode.StorageUnavailable) &&
        /cannot be opened .*DATA_DIR points to a writable folder/.test(e.message),
    );
  });

  it('refuses to start on a file that is not a database', () => {
    const garbage = path.join(dir, 'garbage.sqlite');
    fs.writeFileSync(garbage, 'this is not a database, just text that is long enough to have a header'.repeat(20));
    assert.throws(
      () => SqliteStorage.open(garbage, silentLogger()),
      (e: unknown) =>
        isCoded(e, ErrorCode.StorageUnavailable) &&
        /garbage\.sqlite cannot be opened \(file is not a database\)/.test(e.message),
    );
  });
});
