import type { UserRecord } from './types';

/** Properties a lookup can answer from an index instead of a scan. */
export const INDEXED_USER_PROPERTIES = ['displayName', 'userPrincipalName', 'mail', 'mailNickname', 'givenName', 'surname'] as const;
export type IndexedUserProperty = (typeof INDEXED_USER_PROPERTIES)[number];

/** A sorted (key, id) index kept as two parallel arrays (far fewer objects than tuples at 100,000 users). */
interface Sorted {
  keys: string[];
  ids: string[];
}

/**
 * Users of one tenant, in insertion order, with exact (case-insensitive) and prefix indexes
 * so that a 100,000-user tenant answers `eq` and `startswith` lookups without scanning.
 */
export class UserStore {
  private readonly byId = new Map<string, UserRecord>();
  /** value (lower case) -> one id, or several. */
  private readonly exact = new Map<IndexedUserProperty, Map<string, string | Set<string>>>();
  private readonly sorted = new Map<IndexedUserProperty, Sorted>();
  private seq = 0;

  constructor() {
    for (const p of INDEXED_USER_PROPERTIES) this.exact.set(p, new Map());
  }

  get size(): number {
    return this.byId.size;
  }

  all(): IterableIterator<UserRecord> {
    return this.byId.values();
  }

  get(id: string): UserRecord | undefined {
    return this.byId.get(id);
  }

  /** By id, or by userPrincipalName (case-insensitive), as GET /users/{id | userPrincipalName} does. */
  find(idOrUpn: string): UserRecord | undefined {
    const byId = this.byId.get(idOrUpn) ?? this.byId.get(idOrUpn.toLowerCase());
    if (byId) return byId;
    const first = this.lookupEq('userPrincipalName', idOrUpn)[0];
    return first ? this.byId.get(first) : undefined;
  }

  /** The change sequence: incremental sync cycles look at users changed after their watermark. */
  get sequence(): number {
    return this.seq;
  }

  add(user: UserRecord): void {
    this.byId.set(user.data.id, user);
    user.meta.changedAt = ++this.seq;
    this.index(user);
  }

  /** Records a change that does not touch indexed properties (deletion, internal attributes). */
  touch(user: UserRecord): void {
    user.meta.changedAt = ++this.seq;
  }

  remove(id: string): UserRecord | undefined {
    const user = this.byId.get(id);
    if (!user) return undefined;
    this.unindex(user);
    this.byId.delete(id);
    return user;
  }

  /** Change Graph properties, keeping the indexes right. */
  update(user: UserRecord, changes: Record<string, unknown>): void {
    this.unindex(user);
    Object.assign(user.data, changes);
    user.meta.changedAt = ++this.seq;
    this.index(user);
  }

  /** Ids whose property equals the value (case-insensitive, as directory string comparisons are). */
  lookupEq(property: IndexedUserProperty, value: string): string[] {
    const hit = this.exact.get(property)!.get(value.toLowerCase());
    return hit === undefined ? [] : typeof hit === 'string' ? [hit] : [...hit];
  }

  lookupPrefix(property: IndexedUserProperty, prefix: string): string[] {
    const { keys, ids } = this.sortedIndex(property);
    const p = prefix.toLowerCase();
    let lo = 0;
    let hi = keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (keys[mid] < p) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < keys.length && keys[i].startsWith(p); i++) out.push(ids[i]);
    return out;
  }

  /** Builds the prefix indexes now (after seeding) instead of on the first startswith. */
  warm(): void {
    for (const p of INDEXED_USER_PROPERTIES) this.sortedIndex(p);
  }

  private sortedIndex(property: IndexedUserProperty): Sorted {
    let s = this.sorted.get(property);
    if (!s) {
      const keys: string[] = [];
      const ids: string[] = [];
      for (const [value, hit] of this.exact.get(property)!) {
        for (const id of typeof hit === 'string' ? [hit] : hit) {
          keys.push(value);
          ids.push(id);
        }
      }
      const order = keys.map((_, i) => i).sort((a, b) => cmp(keys[a], ids[a], keys[b], ids[b]));
      s = { keys: order.map((i) => keys[i]), ids: order.map((i) => ids[i]) };
      this.sorted.set(property, s);
    }
    return s;
  }

  private index(user: UserRecord): void {
    for (const p of INDEXED_USER_PROPERTIES) {
      const v = user.data[p];
      if (typeof v !== 'string' || v === '') continue;
      const key = v.toLowerCase();
      const id = user.data.id;
      const map = this.exact.get(p)!;
      const hit = map.get(key);
      if (hit === undefined) map.set(key, id);
      else if (typeof hit === 'string') map.set(key, new Set([hit, id]));
      else hit.add(id);
      const s = this.sorted.get(p);
      if (s) {
        const at = position(s, key, id);
        s.keys.splice(at, 0, key);
        s.ids.splice(at, 0, id);
      }
    }
  }

  private unindex(user: UserRecord): void {
    for (const p of INDEXED_USER_PROPERTIES) {
      const v = user.data[p];
      if (typeof v !== 'string' || v === '') continue;
      const key = v.toLowerCase();
      const id = user.data.id;
      const map = this.exact.get(p)!;
      const hit = map.get(key);
      if (hit === id) map.delete(key);
      else if (hit instanceof Set) {
        hit.delete(id);
        if (hit.size === 1) map.set(key, hit.values().next().value as string);
      }
      const s = this.sorted.get(p);
      if (s) {
        const at = position(s, key, id);
        if (s.keys[at] === key && s.ids[at] === id) {
          s.keys.splice(at, 1);
          s.ids.splice(at, 1);
        }
      }
    }
  }
}

function cmp(ka: string, ia: string, kb: string, ib: string): number {
  return ka < kb ? -1 : ka > kb ? 1 : ia < ib ? -1 : ia > ib ? 1 : 0;
}

/** Where (key, id) sits, or would sit, in a sorted index. */
function position(s: Sorted, key: string, id: string): number {
  let lo = 0;
  let hi = s.keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cmp(s.keys[mid], s.ids[mid], key, id) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
