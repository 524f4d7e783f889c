/** Longest input the planner reads; the rest of a very long message is ignored. */
export const MAX_INPUT = 2000;

const ENTITIES: Record<string, string> = {
  '&nbsp;': ' ',
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&apos;': "'",
};
const POLITE_PREFIX =
  /^(?:(?:hi|hello|hey|ok|okay)[,!]? +(?=\S))?(?:(?:please|pls|kindly) +|(?:can|could|would|will) you(?: please)? +)?/i;

/**
 * Message text as the planner wants it: no markup or leftover mentions, one kind of quote and
 * dash, single spaces, no trailing punctuation or politeness. Case is kept (names keep theirs).
 */
export function normalizeInput(raw: unknown): string {
  if (typeof raw !== 'string') return '';
  let s = raw.slice(0, MAX_INPUT * 4);
  s = s.replace(/^\s*<at>[^<]{0,200}<\/at>/i, ' '); // someone addressing the bot by name
  s = s.replace(/<at>([^<]{0,200})<\/at>/gi, '$1'); // other mentions keep their text
  s = s.replace(/<[^<>]{0,500}>/g, ' ');
  s = s.replace(/&(?:nbsp|amp|lt|gt|quot|#39|apos);/g, (e) => ENTITIES[e] ?? e);
  s = s.normalize('NFKC');
  s = s.replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '');
  s = s
    .replace(/[\u2018\u2019\u201A\u201B\u2032`\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"');
  s = s.replace(/[\u2010-\u2015\u2212]/g, '-');
  s = s.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, ' ');
  s = s.replace(/\s+/gu, ' ').trim();
  s = s.replace(/^[/!]+/, '');
  s = s.replace(POLITE_PREFIX, '');
  s = trimTrailing(s).replace(/,? +please$/i, '');
  return trimTrailing(s.slice(0, MAX_INPUT));
}

/** Drops trailing spaces and punctuation (a scan, not a regex: linear on any input). */
function trimTrailing(s: string): string {
  let end = s.length;
  while (end > 0 && ' .!?,;:'.includes(s[end - 1])) end--;
  return s.slice(0, end);
}

/** A parameter value from a pattern group: trimmed, outer quotes and brackets removed. */
export function cleanValue(value: string): string {
  let s = value.trim();
  for (;;) {
    const m = /^(["'<[(])(.*)([\]"'>)])$/s.exec(s);
    if (!m || !pairs(m[1], m[3])) return s;
    s = m[2].trim();
  }
}

function pairs(open: string, close: string): boolean {
  return ({ '"': '"', "'": "'", '<': '>', '[': ']', '(': ')' } as Record<string, string>)[open] === close;
}

/** Text echoed back to the user: short, without markup characters that chat would render. */
export function excerpt(text: string, max = 80): string {
  const plain = text.replace(/[<>*_`[\]#|~\\]/g, '').trim();
  return plain.length > max ? `${plain.slice(0, max - 1)}…` : plain;
}
