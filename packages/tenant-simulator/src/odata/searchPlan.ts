import { searchWords } from '../store/searchWords';
import { INDEXED_USER_PROPERTIES, type IndexedUserProperty, type UserStore } from '../store/userStore';
import { type Clause, type SearchPlan, startsWithText } from './search';

/** Which properties a collection's $search tokenizes, and which it searches when a clause names none. */
export interface SearchFields {
  tokenized: string[];
  fallback: string[];
}

const INDEXED = new Map(INDEXED_USER_PROPERTIES.map((p) => [p.toLowerCase(), p] as [string, IndexedUserProperty]));

/**
 * The ids of every user a $search can match, in insertion order (the order a scan finds them in), from
 * the indexes; undefined when some clause needs a scan. The plan is still evaluated on each candidate.
 */
export function planUserSearch(plan: SearchPlan, store: UserStore, fields: SearchFields): string[] | undefined {
  const matched = new Set<string>();
  for (const group of plan) {
    let all: Set<string> | undefined;
    for (const clause of group) {
      const ids = clauseCandidates(clause, store, fields);
      if (ids === undefined) return undefined;
      all = all === undefined ? ids : intersect(all, ids);
    }
    for (const id of all ?? []) matched.add(id);
  }
  return store.inInsertionOrder(matched);
}

function clauseCandidates(clause: Clause, store: UserStore, fields: SearchFields): Set<string> | undefined {
  const out = new Set<string>();
  for (const property of clause.property ? [clause.property] : fields.fallback) {
    const ids = propertyCandidates(property.toLowerCase(), clause, store, fields);
    if (ids === undefined) return undefined;
    for (const id of ids) out.add(id);
  }
  return out;
}

function propertyCandidates(
  property: string,
  clause: Clause,
  store: UserStore,
  fields: SearchFields,
): Iterable<string> | undefined {
  if (fields.tokenized.some((t) => t.toLowerCase() === property)) {
    if (property !== 'displayname') return undefined;
    // Every term must start some word of the name: the users that have a word for each term.
    let ids: Set<string> | undefined;
    for (const term of searchWords(clause.text)) {
      const withTerm = new Set(store.lookupWordPrefix(term));
      ids = ids === undefined ? withTerm : intersect(ids, withTerm);
    }
    return ids ?? [];
  }
  const indexed = INDEXED.get(property);
  const text = startsWithText(clause);
  // An empty text starts every value, including empty ones, which the indexes leave out.
  return indexed && text !== '' ? store.lookupPrefix(indexed, text) : undefined;
}

function intersect(a: Set<string>, b: Set<string>): Set<string> {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  const out = new Set<string>();
  for (const x of small) if (large.has(x)) out.add(x);
  return out;
}
