import type { Logger } from '../logging';

/**
 * On SIGTERM (App Service, containers) or SIGINT (Ctrl-C): run the stop steps in order
 * (server first, so in-flight turns finish before storage closes), then exit.
 * Returns a function that removes the signal handlers.
 */
export function stopOnSignals(
  logger: Logger,
  steps: Array<() => Promise<void>>,
  exit: (code: number) => void = process.exit,
): () => void {
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    try {
      for (const step of steps) await step();
      exit(0);
    } catch (error) {
      logger.error({ err: error }, 'did not shut down cleanly');
      exit(1);
    }
  };
  const onSignal = (signal: NodeJS.Signals) => void stop(signal);
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  return () => {
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
  };
}
