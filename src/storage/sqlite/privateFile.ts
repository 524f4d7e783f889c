import fs from 'node:fs';
import path from 'node:path';

/**
 * Makes `file`'s folder (0700) and the file itself (0600) private to this user, creating the file when missing, and
 * tightens SQLite's -wal and -shm companions if they already exist (SQLite gives new ones the database's mode). The
 * database holds approval requests, conversation references and audit history: nobody else on the machine reads it.
 */
export function preparePrivateFile(file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  fs.closeSync(fs.openSync(file, 'a', 0o600));
  for (const part of [file, `${file}-wal`, `${file}-shm`]) {
    if (fs.existsSync(part)) fs.chmodSync(part, 0o600);
  }
}
