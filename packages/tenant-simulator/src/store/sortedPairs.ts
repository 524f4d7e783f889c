/**
 * (key, id) pairs kept sorted by key then id, as two parallel arrays (far fewer objects than tuples at
 * 100,000 users), so that every id whose key starts with a prefix is one binary search and a short walk away.
 */
export class SortedPairs {
  private constructor(
    private readonly keys: string[],
    private readonly ids: string[],
  ) {}

  static of(pairs: Iterable<[key: string, id: string]>): SortedPairs {
    const keys: string[] = [];
    const ids: string[] = [];
    for (const [key, id] of pairs) {
      keys.push(key);
      ids.push(id);
    }
    const order = keys.map((_, i) => i).sort((a, b) => compare(keys[a], ids[a], keys[b], ids[b]));
    return new SortedPairs(
      order.map((i) => keys[i]),
      order.map((i) => ids[i]),
    );
  }

  get size(): number {
    return this.keys.length;
  }

  insert(key: string, id: string): void {
    const at = this.position(key, id);
    if (this.keys[at] === key && this.ids[at] === id) return;
    this.keys.splice(at, 0, key);
    this.ids.splice(at, 0, id);
  }

  delete(key: string, id: string): void {
    const at = this.position(key, id);
    if (this.keys[at] !== key || this.ids[at] !== id) return;
    this.keys.splice(at, 1);
    this.ids.splice(at, 1);
  }

  /** Ids whose key starts with the prefix (an id twice if two of its keys do). */
  withPrefix(prefix: string): string[] {
    const out: string[] = [];
    for (let i = this.position(prefix, ''); i < this.keys.length && this.keys[i].startsWith(prefix); i++)
      out.push(this.ids[i]);
    return out;
  }

  /** Where (key, id) sits, or would sit. */
  private position(key: string, id: string): number {
    let lo = 0;
    let hi = this.keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compare(this.keys[mid], this.ids[mid], key, id) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

function compare(ka: string, ia: string, kb: string, ib: string): number {
  return ka < kb ? -1 : ka > kb ? 1 : ia < ib ? -1 : ia > ib ? 1 : 0;
}
