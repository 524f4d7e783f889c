/** Runs a benchmark's main when its file is run directly (`node lib/bench/<name>.js`), with a hard time limit. */
export function runMain(module: NodeModule, main: () => Promise<void>, maxSeconds: number): void {
  if (require.main !== module) return;
  const limit = setTimeout(() => {
    process.stderr.write(`benchmark over its ${maxSeconds} s limit: stopping\n`);
    process.exit(1);
  }, maxSeconds * 1000);
  limit.unref();
  main().then(
    () => {
      clearTimeout(limit);
      // Keep-alive sockets and timers of finished parts must not keep the process up.
      setTimeout(() => process.exit(), 100).unref();
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    },
  );
}
