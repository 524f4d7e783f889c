/**
 * One tenant's share of Graph's identity and access reports limit: 5 requests per 10 seconds per app per tenant
 * (auditLogs/provisioning; learn.microsoft.com/graph/throttling-limits, "Identity and access reports service
 * limits"). Every log read of the gateway (monitor, logs, explain, approval outcomes, digest) takes a slot here
 * first, so Graph never has to answer 429. Waiters are served people first, then background work (the monitor),
 * first come first served within each. Owned: no throttling library orders waiters by who is waiting.
 */
export type BudgetPriority = 'person' | 'background';

export interface ReportsBudgetOptions {
  limit?: number;
  windowMs?: number;
  /** Added to the window: our clock starts a slot before Graph's does (the request still travels). */
  marginMs?: number;
  now?: () => number;
}

interface Waiter {
  priority: BudgetPriority;
  resolve: () => void;
  onWait?: (ms: number) => void;
}

export const REPORTS_LIMIT = 5;
export const REPORTS_WINDOW_MS = 10_000;

export class ReportsBudget {
  private readonly limit: number;
  private readonly windowMs: number;
  private readonly now: () => number;
  private sent: number[] = [];
  private readonly waiters: Waiter[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(options: ReportsBudgetOptions = {}) {
    this.limit = options.limit ?? REPORTS_LIMIT;
    this.windowMs = (options.windowMs ?? REPORTS_WINDOW_MS) + (options.marginMs ?? 250);
    this.now = options.now ?? Date.now;
  }

  /** Resolves when a request may be sent; onWait hears how long it will wait, once, if it must. */
  take(priority: BudgetPriority, onWait?: (ms: number) => void): Promise<void> {
    return new Promise((resolve) => {
      const waiter: Waiter = { priority, resolve, onWait };
      // People go ahead of every background waiter, behind people already waiting.
      const at = priority === 'person' ? this.waiters.findIndex((w) => w.priority === 'background') : -1;
      if (at < 0) this.waiters.push(waiter);
      else this.waiters.splice(at, 0, waiter);
      this.pump(waiter);
    });
  }

  /** How long a request taken now would wait (0 when a slot is free). */
  waitMs(): number {
    this.expire();
    if (this.sent.length < this.limit && this.waiters.length === 0) return 0;
    return this.etaOf(this.waiters.length);
  }

  private expire(): void {
    const now = this.now();
    this.sent = this.sent.filter((t) => t > now - this.windowMs);
  }

  /** When the waiter at this queue position gets a slot, from now. */
  private etaOf(position: number): number {
    const free = this.limit - this.sent.length;
    if (position < free) return 0;
    const k = position - free;
    const base = this.sent[k % this.limit] ?? this.now();
    return Math.max(0, base + this.windowMs * (1 + Math.floor(k / this.limit)) - this.now());
  }

  private pump(newcomer?: Waiter): void {
    this.expire();
    while (this.waiters.length > 0 && this.sent.length < this.limit) {
      this.sent.push(this.now());
      this.waiters.shift()!.resolve();
    }
    if (this.waiters.length === 0) return;
    if (newcomer) {
      const position = this.waiters.indexOf(newcomer);
      if (position >= 0) newcomer.onWait?.(this.etaOf(position));
    }
    if (!this.timer) {
      this.timer = setTimeout(
        () => {
          this.timer = undefined;
          this.pump();
        },
        Math.max(1, this.sent[0] + this.windowMs - this.now()),
      );
      // Not unref'd: it exists only while someone waits, and a waiting read must keep the process alive.
    }
  }
}
