import type { AdaptiveCard } from './render';

/**
 * How big a card may get, and the helpers card models use to stay within it.
 *
 * Teams refuses a bot message over about 100 KB with 413 RequestEntityTooLarge (error code
 * MessageSizeTooBig). The size is that of the whole message payload encoded as UTF-16, so about two
 * bytes per JSON character, and a message within 80 KB is guaranteed delivery; earlier versions of the
 * page set the limit at 40 KB. "Format your bot messages":
 * https://learn.microsoft.com/microsoftteams/platform/bots/how-to/format-your-bot-messages
 *
 * Every card is kept within 40 KB counted the same way (about 20,000 ASCII JSON characters): half the
 * guaranteed size, which leaves the other half for the activity around the card (ids, conversation,
 * service URL) and keeps the older limit too. A card whose content grows with data (rows, lines,
 * names) bounds itself in its model: at most so many rows, long text clipped, "…and N more".
 */
export const MESSAGE_BUDGET_BYTES = 40 * 1024;

/** A long name (configuration, tenant, user) in a row or a title: Entra allows 256 characters. */
export const NAME_CHARS = 80;
/** A line of free text from elsewhere (a Graph error message, a reason someone typed). */
export const LINE_CHARS = 400;
/** A paragraph: a message that explains, a sentence naming several users. */
export const PARAGRAPH_CHARS = 1000;

/**
 * The card rendered with the first of `limits` whose result is within the budget; the last limits are used
 * whatever the size (the send guard then logs it). Cards whose content varies a lot (a log entry, a notice
 * listing configurations) try generous limits first and tighter ones only when the content is that large.
 */
export function renderWithin<L>(limits: readonly [L, ...L[]], render: (limits: L) => AdaptiveCard): AdaptiveCard {
  let card = render(limits[0]);
  for (const next of limits.slice(1)) {
    if (payloadBytes(card) <= MESSAGE_BUDGET_BYTES) break;
    card = render(next);
  }
  return card;
}

/** The size Teams counts for this JSON: UTF-16, two bytes per code unit (a JavaScript string's length). */
export function payloadBytes(value: unknown): number {
  return JSON.stringify(value).length * 2;
}

/** `text` cut to at most `max` UTF-16 code units, ending with "…" when cut (never half a surrogate pair). */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

/** The first `max` items, and how many were left out. */
export function firstOf<T>(items: readonly T[], max: number): { shown: T[]; hidden: number } {
  const shown = items.slice(0, Math.max(0, max));
  return { shown, hidden: items.length - shown.length };
}

/** "…and 12 more", for the line under a list that was cut. */
export function andMore(hidden: number, what = ''): string {
  return `…and ${hidden} more${what ? ` ${what}` : ''}.`;
}

/** The first `max` lines, each clipped to `chars`, and "…and N more." under them when some were left out. */
export function boundedLines(lines: readonly string[], max: number, chars = LINE_CHARS): string[] {
  const { shown, hidden } = firstOf(lines, max);
  return [...shown.map((line) => clip(line, chars)), ...(hidden > 0 ? [andMore(hidden)] : [])];
}
