import type { UserRecord } from './types';

/** Properties a lookup can answer from an index instead of a scan. */
export const INDEXED_USER_PROPERTIES = ['displayName', 'userPrincipalName', 'mail', 'mailNickname', 'givenName', 'surname'] as const;
export type IndexedUserProperty = (typeof INDEXED_USER_PROPERTIES)[number];

/**
 * Users of one tenant, in insertion order, with exact (case-insensitive) and prefix indexes
 * so that a 100,000-user tenant answers `eq` and `startswith` lookups without scanning.
 */
export class UserStore {
  private readonly byId = new Map<string, UserRecord>();
  private readonly exact = new Map<IndexedUserProperty, Map<string, Set<string>>>();
  private sorted = new Map<IndexedUserProperty, [string, string][]>();

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
    const ids = this.exact.get('userPrincipalName')!.get(idOrUpn.toLowerCase());
    const first = ids?.values().next().value;
    return first ? this.byId.get(first) : undefined;
  }

  add(user: UserRecord): void {
    this.byId.set(user.data.id, user);
    this.index(user);
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
    this.index(user);
  }

  /** Ids whose property equals the value (case-insensitive, as directory string comparisons are). */
  lookupEq(property: IndexedUserProperty, value: string): string[] {
    return [...(this.exact.get(property)!.get(value.toLowerCase()) ?? [])];
  }

  lookupPrefix(property: IndexedUserProperty, prefix: string): string[] {
    const arr = this.sortedIndex(property);
    const p = prefix.toLowerCase();
    let lo = 0;
    let hi = arr.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (arr[mid][0] < p) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < arr.length && arr[i][0].startsWith(p); i++) out.push(arr[i][1]);
    return out;
  }

  private sortedIndex(property: IndexedUserProperty): [string, string][] {
    let arr = this.sorted.get(property);
    if (!arr) {
      arr = [];
      for (const [value, ids] of this.exact.get(property)!) for (const id of ids) arr.push([value, id]);
      arr.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
      this.sorted.set(property, arr);
    }
    return arr;
  }

  private index(user: UserRecord): void {
    for (const p of INDEXED_USER_PROPERTIES) {
      const v = user.data[p];
      if (typeof v !== 'string' || v === '') continue;
      const key = v.toLowerCase();
      const map = this.exact.get(p)!;
      let set = map.get(key);
      if (!set) map.set(key, (set = new Set()));
      set.add(user.data.id);
    }
    this.sorted.clear();
  }

  private unindex(user: UserRecord): void {
    for (const p of INDEXED_USER_PROPERTIES) {
      const v = user.data[p];
      if (typeof v !== 'string' || v === '') continue;
      const set = this.exact.get(p)!.get(v.toLowerCase());
      set?.delete(user.data.id);
    }
    this.sorted.clear();
  }
}
