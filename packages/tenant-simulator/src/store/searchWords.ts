/**
 * What separates words when $search tokenizes displayName and description (and splits the searched text into terms).
 */
const WORD_SEPARATORS = /[\s\-_.,;:()'"!?&/\\]+/;

/** The lower-case words of a text, as $search compares them: "Seán O'Brien" → ["seán", "o", "brien"]. */
export function searchWords(text: string): string[] {
  return text.toLowerCase().split(WORD_SEPARATORS).filter(Boolean);
}
