import type { Expr } from './filterAst';
import { INDEXED_USER_PROPERTIES, type IndexedUserProperty, type UserStore } from '../store/userStore';
import type { SearchPlan } from './search';
import { planUserSearch, type SearchFields } from './searchPlan';

const INDEXED = new Map(INDEXED_USER_PROPERTIES.map((p) => [p.toLowerCase(), p] as [string, IndexedUserProperty]));

/** Candidate user ids for a $filter and a $search together (either may be absent), or undefined for a scan. */
export function planUserQuery(
  filter: Expr | undefined,
  search: SearchPlan | undefined,
  fields: SearchFields,
  store: UserStore,
): string[] | undefined {
  const byFilter = planUserLookup(filter, store);
  const bySearch = search && planUserSearch(search, store, fields);
  if (!bySearch) return byFilter;
  if (!byFilter) return bySearch;
  const filtered = new Set(byFilter);
  return bySearch.filter((id) => filtered.has(id));
}

/**
 * Candidate user ids for a filter from the indexes, or undefined when the filter needs a scan.
 * The full filter is still evaluated on every candidate, so a plan may over-approximate.
 */
export function planUserLookup(expr: Expr | undefined, store: UserStore): string[] | undefined {
  if (!expr) return undefined;
  switch (expr.kind) {
    case 'binary': {
      if (expr.op === 'and') {
        const l = planUserLookup(expr.left, store);
        const r = planUserLookup(expr.right, store);
        if (l && r) return l.length <= r.length ? l : r;
        return l ?? r;
      }
      if (expr.op === 'or') {
        const l = planUserLookup(expr.left, store);
        const r = planUserLookup(expr.right, store);
        return l && r ? union(l, r) : undefined;
      }
      if (expr.op === 'eq') return eqLookup(expr.left, expr.right, store);
      return undefined;
    }
    case 'in': {
      let out: string[] = [];
      for (const v of expr.values) {
        const ids = eqLookup(expr.left, v, store);
        if (!ids) return undefined;
        out = union(out, ids);
      }
      return out;
    }
    case 'call': {
      if (expr.name !== 'startswith') return undefined;
      const [prop, value] = expr.args;
      if (
        prop?.kind !== 'prop' ||
        prop.path.length !== 1 ||
        value?.kind !== 'literal' ||
        typeof value.value !== 'string'
      )
        return undefined;
      const indexed = INDEXED.get(prop.path[0].toLowerCase());
      return indexed ? store.lookupPrefix(indexed, value.value) : undefined;
    }
    default:
      return undefined;
  }
}

function eqLookup(left: Expr, right: Expr, store: UserStore): string[] | undefined {
  if (left.kind !== 'prop' || left.path.length !== 1 || right.kind !== 'literal' || typeof right.value !== 'string')
    return undefined;
  const name = left.path[0].toLowerCase();
  if (name === 'id')
    return store.get(right.value) || store.get(right.value.toLowerCase())
      ? [store.get(right.value)?.data.id ?? right.value.toLowerCase()]
      : [];
  const indexed = INDEXED.get(name);
  return indexed ? store.lookupEq(indexed, right.value) : undefined;
}

function union(a: string[], b: string[]): string[] {
  const seen = new Set(a);
  const out = [...a];
  for (const x of b) {
    if (seen.has(x)) continue;
    seen.add(x);
    out.push(x);
  }
  return out;
}
