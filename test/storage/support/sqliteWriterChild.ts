// A bot process stand-in for the crash test: writes numbered items as fast as it can and
// reports each one only after write() has returned, then waits to be killed.
import { silentLogger } from '../../../src/logging';
import { SqliteStorage } from '../../../src/storage/sqlite/sqliteStorage';

async function main(): Promise<void> {
  const [file, startText] = process.argv.slice(2);
  const storage = SqliteStorage.open(file, silentLogger());
  for (let i = Number(startText); ; i++) {
    // The item and the counter go in one write: after a crash both are there or neither is.
    await storage.write({
      [`crash/${String(i).padStart(6, '0')}`]: { i, note: `écrit ${i} 🚀` },
      'crash/counter': { n: i },
    });
    process.send?.({ written: i });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
