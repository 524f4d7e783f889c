import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { isCoded } from '../../errors';
import type { Logger } from '../../logging';
import { createByWrite, DurableStorage, IF_ABSENT, StoreItem, StoreItems, withoutETag } from '../durableStorage';
import { storageConflict, storageUnavailable } from '../storageErrors';
import { assertValidKey } from '../storageKeys';
import { openDatabase } from './openDatabase';

/** One item of a write call, serialized before the transaction starts. */
interface PendingRow {
  key: string;
  eTag: string | undefined;
  json: string;
}

/** The embedded back end: one SQLite file, one row per key, eTags checked inside a transaction. */
export class SqliteStorage implements DurableStorage {
  private readonly statements;
  private readonly readAll: Database.Transaction<(keys: string[]) => StoreItems>;
  private readonly writeAll: Database.Transaction<(rows: PendingRow[]) => void>;
  private readonly removeAll: Database.Transaction<(keys: string[]) => void>;

  private constructor(
    private readonly db: Database.Database,
    readonly file: string,
    private readonly logger: Logger,
  ) {
    this.statements = {
      select: db.prepare<[string], { etag: string; value: string }>('SELECT etag, value FROM items WHERE key = ?'),
      upsert: db.prepare(
        'INSERT INTO items (key, etag, value) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET etag = excluded.etag, ' +
          'value = excluded.value',
      ),
      insert: db.prepare('INSERT INTO items (key, etag, value) VALUES (?, ?, ?) ON CONFLICT (key) DO NOTHING'),
      update: db.prepare('UPDATE items SET etag = ?, value = ? WHERE key = ? AND etag = ?'),
      remove: db.prepare('DELETE FROM items WHERE key = ?'),
      // instr(...) = 1 is "starts with" without LIKE's wildcards; the lower bound lets the index skip ahead.
      keys: db.prepare<[string, string], { key: string }>('SELECT key FROM items WHERE key >= ? AND instr(key, ?) = 1'),
    };
    // Transactions are wrapped once: better-sqlite3 builds a wrapper per db.transaction() call.
    this.readAll = db.transaction((keys: string[]) => this.readRows(keys));
    this.writeAll = db.transaction((rows: PendingRow[]) => this.writeRows(rows));
    this.removeAll = db.transaction((keys: string[]) => keys.forEach((key) => this.statements.remove.run(key)));
  }

  static open(file: string, logger: Logger): SqliteStorage {
    const storage = new SqliteStorage(openDatabase(file), file, logger);
    logger.info({ file }, 'SQLite storage opened');
    return storage;
  }

  async read(keys: string[]): Promise<StoreItems> {
    keys.forEach(assertValidKey);
    // One read transaction, so all keys come from the same snapshot.
    return this.guard('read', () => this.readAll(keys));
  }

  async write(changes: StoreItems): Promise<void> {
    const entries = Object.entries(changes ?? {});
    entries.forEach(([key]) => assertValidKey(key));
    const rows = entries.map(([key, item]) => ({
      key,
      eTag: (item as StoreItem).eTag,
      json: JSON.stringify(withoutETag(item)),
    }));
    // All keys of one call commit together or not at all. IMMEDIATE takes the write lock up
    // front, so two connections never both read and then fail to upgrade.
    this.guard('write', () => this.writeAll.immediate(rows));
  }

  async delete(keys: string[]): Promise<void> {
    keys.forEach(assertValidKey);
    this.guard('delete', () => this.removeAll.immediate(keys));
  }

  createIfAbsent(key: string, value: StoreItem): Promise<boolean> {
    return createByWrite(this, key, value);
  }

  async listKeys(prefix: string): Promise<string[]> {
    return this.guard('list', () =>
      this.statements.keys
        .all(prefix, prefix)
        .map((row) => row.key)
        .sort(),
    );
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  private readRows(keys: string[]): StoreItems {
    const items: StoreItems = {};
    for (const key of keys) {
      const row = this.statements.select.get(key);
      if (row) items[key] = { ...JSON.parse(row.value), eTag: row.etag };
    }
    return items;
  }

  /** Inside the write transaction: a failed eTag check throws, which rolls back every row of the call. */
  private writeRows(rows: PendingRow[]): void {
    for (const { key, eTag, json } of rows) {
      const etag = randomUUID();
      if (eTag === undefined || eTag === '*') {
        this.statements.upsert.run(key, etag, json);
      } else if (eTag === IF_ABSENT) {
        if (this.statements.insert.run(key, etag, json).changes === 0) throw storageConflict(key);
      } else if (this.statements.update.run(etag, json, key, eTag).changes === 0) {
        throw storageConflict(key);
      }
    }
  }

  /** Turns every failure of the database itself into StorageUnavailable; our own coded errors pass through. */
  private guard<T>(operation: string, run: () => T): T {
    try {
      return run();
    } catch (error) {
      if (isCoded(error)) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      const sqliteCode = (error as { code?: string }).code;
      if (!this.db.open || sqliteCode?.startsWith('SQLITE_')) {
        this.logger.error({ err: error, file: this.file, operation }, 'SQLite storage failed');
        throw storageUnavailable(`SQLite storage could not ${operation} (${reason}) in ${this.file}.`, error, {
          file: this.file,
          sqliteCode,
        });
      }
      throw error;
    }
  }
}
