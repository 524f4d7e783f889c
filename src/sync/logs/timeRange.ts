/** A time window for provisioning logs, with the words to show for it. */
export interface TimeRange {
  since: Date;
  until?: Date;
  /** "today", "the last 2 hours", "the last 24 hours". */
  label: string;
}

const UNITS: Record<string, number> = {
  minute: 60_000,
  min: 60_000,
  hour: 3_600_000,
  hr: 3_600_000,
  day: 86_400_000,
  week: 7 * 86_400_000,
};
/** Provisioning logs are kept 30 days at most. */
const MAX_MS = 30 * 86_400_000;

/**
 * "today", "yesterday", "last 2 hours", "past 3 days", "this week", "last hour"; undefined when the text is
 * not a time. Days are UTC days, as the cards show UTC times.
 */
/** "last 2 hours", "over the past day", "previous few weeks": a count (digits or a word) and a unit. */
const LAST_SPAN = new RegExp(
  String.raw`^(?:(?:in|over|during) )?(?:the )?(?:last|past|previous) ` +
    String.raw`(?:(\d{1,4}|an?|one|two|three|few) )?(minute|min|hour|hr|day|week)s?$`,
);

export function parseTimeRange(text: string | undefined, now: Date = new Date()): TimeRange | undefined {
  const t = (text ?? '').trim().toLowerCase().replace(/\s+/g, ' ');
  if (!t) return undefined;
  const midnight = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  if (t === 'today') return { since: midnight, label: 'today (UTC)' };
  if (t === 'yesterday')
    return { since: new Date(midnight.getTime() - 86_400_000), until: midnight, label: 'yesterday (UTC)' };
  if (t === 'this week') {
    const monday = new Date(midnight.getTime() - ((midnight.getUTCDay() + 6) % 7) * 86_400_000);
    return { since: monday, label: 'this week (UTC)' };
  }
  const m = LAST_SPAN.exec(t);
  if (!m) return undefined;
  const words: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, few: 3 };
  const count = m[1] === undefined ? 1 : (words[m[1]] ?? Number(m[1]));
  if (!Number.isFinite(count) || count <= 0) return undefined;
  const span = Math.min(count * UNITS[m[2]], MAX_MS);
  const unit = m[2] === 'min' ? 'minute' : m[2] === 'hr' ? 'hour' : m[2];
  return {
    since: new Date(now.getTime() - span),
    label: count === 1 ? `the last ${unit}` : `the last ${count} ${unit}s`,
  };
}
