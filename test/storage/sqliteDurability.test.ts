import assert from 'node:assert/strict';
import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { silentLogger } from '../../src/logging';
import { readItem } from '../../src/storage/durableStorage';
import { SqliteStorage } from '../../src/storage/sqlite/sqliteStorage';

const CHILD = path.join(__dirname, 'support', 'sqliteWriterChild.js');

/**
 * Runs the writer until it has confirmed `atLeast` writes, then kills it with SIGKILL; returns the last confirmed
 * number.
 */
function writeThenKill(file: string, start: number, atLeast: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = fork(CHILD, [file, String(start)], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    let stderr = '';
    let confirmed = start - 1;
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('message', (message: { written: number }) => {
      confirmed = message.written;
      if (confirmed - start + 1 >= atLeast && child.signalCode === null) child.kill('SIGKILL');
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(confirmed);
      else reject(new Error(`writer exited with ${code}: ${stderr}`));
    });
  });
}

describe('SQLite durability', function () {
  this.timeout(60_000);
  let dir = '';
  before(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'store-crash-'))));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('keeps every confirmed write of a process killed with SIGKILL, twice in a row', async () => {
    const file = path.join(dir, 'bot.sqlite');
    const firstRun = await writeThenKill(file, 0, 200);
    const lastConfirmed = await writeThenKill(file, firstRun + 1, 200);

    const storage = SqliteStorage.open(file, silentLogger());
    try {
      const keys = (await storage.listKeys('crash/')).filter((k) => k !== 'crash/counter');
      const counter = (await readItem<{ n: number }>(storage, 'crash/counter'))?.n ?? -1;
      // Every confirmed item is there; at most the one in flight at the kill went further.
      assert.ok(counter >= lastConfirmed, `counter ${counter} < last confirmed ${lastConfirmed}`);
      assert.ok(counter <= lastConfirmed + 1);
      assert.equal(keys.length, counter + 1);
      const items = await storage.read(keys);
      keys.forEach((key, i) =>
        assert.deepEqual({ ...items[key], eTag: undefined }, { i, note: `écrit ${i} 🚀`, eTag: undefined }),
      );
    } finally {
      await storage.close();
    }
    const db = new Database(file, { readonly: true });
    try {
      assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
      assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
    } finally {
      db.close();
    }
  });
});
