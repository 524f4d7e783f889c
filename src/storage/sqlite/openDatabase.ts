import Database from 'better-sqlite3';
import { storageUnavailable } from '../storageErrors';
import { preparePrivateFile } from './privateFile';

/** How long a writer waits for another connection's write lock before giving up. */
export const BUSY_TIMEOUT_MS = 5000;

/**
 * Opens (creating if needed) the database file that holds every stored item. WAL lets
 * readers run beside the single writer; synchronous=FULL makes a committed write survive
 * a power cut too, not only a crash of this process (approvals and the audit trail matter
 * more than write speed at this bot's rate).
 */
export function openDatabase(file: string): Database.Database {
  try {
    preparePrivateFile(file);
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    db.pragma('synchronous = FULL');
    db.exec(`CREATE TABLE IF NOT EXISTS items (
      key   TEXT PRIMARY KEY,
      etag  TEXT NOT NULL,
      value TEXT NOT NULL
    )`);
    return db;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw storageUnavailable(
      `The SQLite database ${file} cannot be opened (${reason}). Check that DATA_DIR points to a writable folder and ` +
        `that the file is a database.`,
      error,
      { file },
    );
  }
}
