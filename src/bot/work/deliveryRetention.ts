import type { Logger } from '../../logging';
import type { DurableStorage } from '../../storage';
import { purgeExpiredDeliveries } from '../turn/onceOnly';

const EVERY_MS = 60 * 60 * 1000;

/** Expired records of delivered activities are deleted at start and then hourly. */
export function forgetOldDeliveries(storage: DurableStorage, logger: Logger): { stop(): void } {
  const purge = () =>
    purgeExpiredDeliveries(storage).then(
      (purged) => purged && logger.debug({ purged }, 'expired delivery records deleted'),
      (error: unknown) => logger.warn({ err: error }, 'could not delete expired delivery records'),
    );
  void purge();
  const timer = setInterval(() => void purge(), EVERY_MS);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
