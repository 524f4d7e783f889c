/**
 * For a process local mode starts, with an IPC channel to it: when local mode goes (Ctrl-C, a crash,
 * its output piped into `head` that closed), the channel closes and this process ends too, instead of
 * running on and holding its port. Loaded first by the bot (src/index.ts) and preloaded into the Agents
 * Playground (`node -r`); without a channel (`npm start`, App Service) it does nothing.
 */
export function exitWithParent(): void {
  if (!process.channel) return;
  // The channel must not keep the process alive by itself.
  process.channel.unref();
  let orphaned = false;
  process.once('disconnect', () => {
    orphaned = true;
    // SIGTERM to itself: the bot's own shutdown (src/server/signals.ts) runs; a default handler just ends.
    process.kill(process.pid, 'SIGTERM');
  });
  // Registered before any logger's: once the shutdown is done, the log lines still buffered have no reader
  // (our stdout was local mode's), and flushing them at exit would never end, since sonic-boom's flushSync
  // retries a write that fails with EPIPE forever. So an orphan ends here, without that flush.
  process.on('exit', () => {
    if (orphaned) process.kill(process.pid, 'SIGKILL');
  });
}

exitWithParent();
