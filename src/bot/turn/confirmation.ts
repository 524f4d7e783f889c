import { z } from 'zod';
import { CodedError, ErrorCode } from '../../errors';

/** Confirmation cards live as long as approval requests (APPROVAL_TTL_HOURS) unless the bot is told otherwise. */
export const DEFAULT_CONFIRMATION_TTL_HOURS = 24;

/**
 * When a confirmation card was issued, carried in its button data. Optional in the schema so a card from before
 * this field existed gets the same clear "expired" answer instead of "data I cannot use".
 */
export const issuedAt = z.string().datetime().optional();

/** The stamp a confirmation card's button carries. */
export function issuedNow(now: Date = new Date()): { issuedAt: string } {
  return { issuedAt: now.toISOString() };
}

/**
 * Refuses a confirmation clicked after its TTL (a card replayed from a week ago): a confirmation says yes to what the
 * card showed then, not to whatever the configuration looks like now. Role and data checks still apply to fresh ones.
 */
export function checkConfirmationAge(stamp: string | undefined, ttlHours: number, now: Date = new Date()): void {
  const issued = stamp ? Date.parse(stamp) : Number.NaN;
  if (!Number.isNaN(issued) && now.getTime() - issued < ttlHours * 3600_000 && issued <= now.getTime() + 300_000)
    return;
  const when = Number.isNaN(issued) ? 'an older version of the bot' : `${stamp!.slice(0, 16).replace('T', ' ')} UTC`;
  throw new CodedError(
    ErrorCode.StaleAction,
    `This confirmation is from ${when}; confirmations expire after ${ttlHours} hours, so nothing was changed. ` +
      'Ask again to see the current state and confirm it.',
    { issuedAt: stamp?.slice(0, 40), ttlHours },
  );
}
