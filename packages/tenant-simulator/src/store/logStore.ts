import type { Json } from './types';

export interface LogEntry extends Json {
  id: string;
  activityDateTime: string;
}

/**
 * Log entries of one tenant (provisioning logs, directory audits), kept sorted by activityDateTime (then arrival) so
 * that a monitor's "activityDateTime gt <watermark>" is a binary search, even with 100,000 entries.
 */
export class TimeSortedLog {
  private entries: LogEntry[] = [];
  private times: number[] = [];

  get size(): number {
    return this.entries.length;
  }

  add(entry: LogEntry): void {
    const t = Date.parse(entry.activityDateTime);
    const n = this.times.length;
    if (n === 0 || this.times[n - 1] <= t) {
      this.entries.push(entry);
      this.times.push(t);
      return;
    }
    const at = this.upperBound(t);
    this.entries.splice(at, 0, entry);
    this.times.splice(at, 0, t);
  }

  /** Bulk insert (seeding): append, then sort once. */
  addMany(entries: LogEntry[]): void {
    const all = this.entries.concat(entries).map((e) => ({ e, t: Date.parse(e.activityDateTime) }));
    all.sort((a, b) => a.t - b.t || (a.e.id < b.e.id ? -1 : a.e.id > b.e.id ? 1 : 0));
    this.entries = all.map((x) => x.e);
    this.times = all.map((x) => x.t);
  }

  /** Entries with from <= time < to (ms; either end open), oldest first. */
  range(from = -Infinity, to = Infinity): LogEntry[] {
    const lo = from === -Infinity ? 0 : this.lowerBound(from);
    const hi = to === Infinity ? this.entries.length : this.lowerBound(to);
    return this.entries.slice(lo, Math.max(lo, hi));
  }

  all(): LogEntry[] {
    return this.entries;
  }

  /** Drops entries older than the retention (30 days for P1 tenants). */
  prune(olderThan: number): void {
    const at = this.lowerBound(olderThan);
    if (at > 0) {
      this.entries = this.entries.slice(at);
      this.times = this.times.slice(at);
    }
  }

  private lowerBound(t: number): number {
    let lo = 0;
    let hi = this.times.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.times[mid] < t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private upperBound(t: number): number {
    let lo = 0;
    let hi = this.times.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.times[mid] <= t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** The provisioning logs' store (the name the engine and the seeding know it by). */
export { TimeSortedLog as ProvisioningLogStore };
