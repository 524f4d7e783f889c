/**
 * Runs a script in a child process that stops itself: when the benchmark that started it goes away
 * (its IPC channel closes) or after a maximum lifetime, it sends itself SIGTERM (the script's own
 * clean shutdown), then exits for good 10 seconds later.
 *   node guard.js <maxSeconds> <script> [args...]
 */
const [maxSecondsText, script, ...args] = process.argv.slice(2);
const maxSeconds = Number(maxSecondsText);
if (!script || !Number.isFinite(maxSeconds) || maxSeconds <= 0) {
  process.stderr.write('usage: guard <maxSeconds> <script> [args...]\n');
  process.exit(2);
}

let stopping = false;
function stop(reason: string): void {
  if (stopping) return;
  stopping = true;
  process.stderr.write(`[bench guard] stopping ${script}: ${reason}\n`);
  setTimeout(() => process.exit(1), 10_000).unref();
  process.kill(process.pid, 'SIGTERM');
}

process.on('disconnect', () => stop('the benchmark went away'));
setTimeout(() => stop(`${maxSeconds} s lifetime reached`), maxSeconds * 1000).unref();
process.argv = [process.argv[0], script, ...args];
// The benchmark to guard is named on the command line: it can only be loaded by path, at run time.
// eslint-disable-next-line @typescript-eslint/no-require-imports
require(script);
