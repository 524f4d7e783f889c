/**
 * For a process local mode starts, with an IPC channel to it: when local mode goes (Ctrl-C, a crash,
 * its output piped into `head` that closed), the channel closes and this process ends too, instead of
 * running on and holding its port. Loaded by the bot (src/index.ts) and preloaded into the Agents
 * Playground (`node -r`); without a channel (`npm start` in Azure) it does nothing.
 */
export function exitWithParent(): void {
  if (!process.channel) return;
  // The channel must not keep the process alive by itself.
  process.channel.unref();
  process.once('disconnect', () => {
    // SIGTERM to itself: the bot's own shutdown (src/server/signals.ts) runs; a default handler just ends.
    process.kill(process.pid, 'SIGTERM');
  });
}

exitWithParent();
