import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { silentLogger } from '../../src/logging';
import { SqliteStorage } from '../../src/storage/sqlite/sqliteStorage';

const modeOf = (file: string) => fs.statSync(file).mode & 0o777;

describe('the SQLite files in DATA_DIR are private to the bot user', () => {
  let dir = '';
  before(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'store-perms-'))));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('creates the folder 0700 and the database, its WAL and shared-memory files 0600, whatever the umask', async () => {
    const previous = process.umask(0o022); // the usual umask, which would leave the files world-readable
    const file = path.join(dir, 'data', 'bot.sqlite');
    const storage = SqliteStorage.open(file, silentLogger());
    try {
      await storage.write({ 'approvals/1': { status: 'pending' } });
      assert.equal(modeOf(path.dirname(file)), 0o700);
      for (const part of [file, `${file}-wal`, `${file}-shm`]) assert.equal(modeOf(part), 0o600, part);
    } finally {
      await storage.close();
      process.umask(previous);
    }
  });

  it('tightens a database file an older version left world-readable', async () => {
    const file = path.join(dir, 'old.sqlite');
    fs.writeFileSync(file, '');
    fs.chmodSync(file, 0o644);
    const storage = SqliteStorage.open(file, silentLogger());
    await storage.close();
    assert.equal(modeOf(file), 0o600);
  });
});
