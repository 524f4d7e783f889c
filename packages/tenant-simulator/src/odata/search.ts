import { badRequest } from '../http/errors';
import { searchWords } from '../store/searchWords';

/** One `"property:text"` clause of $search; clauses joined by AND / OR (left to right, AND first). */
export interface Clause {
  property?: string;
  text: string;
}

export type SearchPlan = Clause[][]; // OR of ANDs

/** Parses $search="displayName:wa" OR "displayName:ad" (quotes required, backslash escapes inside). */
export function parseSearch(raw: string): SearchPlan {
  const groups: SearchPlan = [[]];
  let i = 0;
  let expectClause = true;
  while (i < raw.length) {
    const c = raw[i];
    if (c === ' ') {
      i++;
      continue;
    }
    if (c === '"') {
      if (!expectClause) throw invalidSearch(raw);
      let v = '';
      i++;
      while (i < raw.length && raw[i] !== '"') {
        if (raw[i] === '\\' && i + 1 < raw.length) i++;
        v += raw[i++];
      }
      if (raw[i] !== '"') throw invalidSearch(raw);
      i++;
      const colon = v.indexOf(':');
      groups[groups.length - 1].push(
        colon > 0 ? { property: v.slice(0, colon), text: v.slice(colon + 1) } : { text: v },
      );
      expectClause = false;
      continue;
    }
    const word = /^[A-Za-z]+/.exec(raw.slice(i))?.[0];
    if (!word || expectClause || (word !== 'AND' && word !== 'OR')) throw invalidSearch(raw);
    if (word === 'OR') groups.push([]);
    expectClause = true;
    i += word.length;
  }
  if (expectClause) throw invalidSearch(raw);
  return groups;
}

function invalidSearch(raw: string): Error {
  return badRequest(`Syntax error: character '${raw.slice(0, 1)}' is not valid at position 0 in '${raw}'.`);
}

/**
 * The test a $search plan puts to each item, built once per request. displayName / description are tokenized
 * (each search word prefixes some word of the value); other strings behave as startsWith.
 */
export function searchPredicate(
  plan: SearchPlan,
  tokenized: string[],
  fallback: string[],
): (obj: Record<string, unknown>) => boolean {
  const tokenizedNames = new Set(tokenized.map((t) => t.toLowerCase()));
  const groups = plan.map((group) => group.map((clause) => clausePredicate(clause, tokenizedNames, fallback)));
  return (obj) => groups.some((group) => group.every((matches) => matches(obj)));
}

function clausePredicate(
  clause: Clause,
  tokenized: Set<string>,
  fallback: string[],
): (obj: Record<string, unknown>) => boolean {
  const props = (clause.property ? [clause.property] : fallback).map((p) => p.toLowerCase());
  const terms = searchWords(clause.text);
  const start = startsWithText(clause);
  return (obj) =>
    props.some((p) => {
      const value = propertyValue(obj, p);
      if (typeof value !== 'string') return false;
      if (!tokenized.has(p)) return value.toLowerCase().startsWith(start);
      const words = searchWords(value);
      return terms.length > 0 && terms.every((term) => words.some((w) => w.startsWith(term)));
    });
}

/** The value of the first property whose name matches, case-insensitively. */
function propertyValue(obj: Record<string, unknown>, lowerCaseName: string): unknown {
  for (const key of Object.keys(obj)) if (key.toLowerCase() === lowerCaseName) return obj[key];
  return undefined;
}

/** The text a non-tokenized property must start with (lower case, trimmed). */
export function startsWithText(clause: Clause): string {
  return clause.text.toLowerCase().trim();
}
