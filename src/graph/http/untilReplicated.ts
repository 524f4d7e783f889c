import { setTimeout as sleep } from 'node:timers/promises';
import { CodedError, ErrorCode } from '../../errors';
import { tellGraphWait } from '../../graphWaits';

/** Graph may not find an object for a while after it was made (up to 15 s is seen after instantiate). */
export const REPLICATION_LIMIT_MS = 60_000;
const FIRST_PAUSE_MS = 250;
const LONGEST_PAUSE_MS = 8_000;

/**
 * Waits until Graph finds what was just created, with backoff (250 ms doubling to 8 s, a minute in all), telling a
 * waiting person on their card. Owned: a few lines around our own sleep; retry libraries know nothing of the card.
 */
export async function untilReplicated(what: string, found: () => Promise<boolean>): Promise<void> {
  const started = Date.now();
  let pause = FIRST_PAUSE_MS;
  for (;;) {
    if (await found()) return;
    const left = REPLICATION_LIMIT_MS - (Date.now() - started);
    if (left <= 0) {
      throw new CodedError(
        ErrorCode.GraphNotFound,
        `Graph still does not find the new ${what} a minute after creating it; Entra is slow to replicate. ` +
          `Try again in a few minutes: what was created is kept.`,
        { status: 404 },
      );
    }
    const wait = Math.min(pause, left);
    // Short pauses pass unnoticed; from a second on the person is told (at most once a second, as cards allow).
    if (wait >= 1000)
      tellGraphWait({ reason: `the new ${what} to reach every Entra replica`, seconds: Math.ceil(wait / 1000) });
    await sleep(wait);
    pause = Math.min(pause * 2, LONGEST_PAUSE_MS);
  }
}
