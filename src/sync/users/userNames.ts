/** Longest text that can name one user; anything longer is refused before Graph is asked. */
export const MAX_USER_TEXT = 256;
/** Most users one request may name (provision on demand runs 5 per 10 seconds per job). */
export const MAX_USERS_PER_REQUEST = 20;

/**
 * The users named in a request: "Adele Vance, Lee Gu and megan@contoso.com" → three names.
 * Commas, semicolons, "and", "&" and "+" separate; quotes around a name are dropped.
 */
export function splitUserNames(text: string): string[] {
  return text
    .split(/\s*(?:[,;&+\n]|\band\b)\s*/i)
    .map((name) =>
      name
        .trim()
        .replace(/^(["'])(.*)\1$/s, '$2')
        .trim(),
    )
    .filter((name) => name.length > 0);
}

/** Case, accents, punctuation and spacing do not count when names are compared. */
export function foldName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}@._-]+/gu, ' ')
    .trim();
}

/** A user object id (a GUID): card buttons carry these, and nothing else is passed to Graph as an id. */
export function isObjectId(text: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text);
}
