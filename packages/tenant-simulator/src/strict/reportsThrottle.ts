import { throttled } from '../http/errors';

/** Templates served by the identity and access reports service (auditLogs/provisioning). */
export function isReportsRequest(template: string): boolean {
  return template.toLowerCase().startsWith('/auditlogs/');
}

const WINDOW_MS = 10_000;

/**
 * "Identity and access reports service limits": 5 requests per 10 seconds per app per tenant
 * (learn.microsoft.com/graph/throttling-limits#identity-and-access-reports-service-limits).
 * A sliding window per (tenant, app); each $batch item is a request of its own, as the throttling page says of
 * batches ("each request is evaluated individually against the applicable limits",
 * learn.microsoft.com/graph/throttling#throttling-and-batching). A refused request does not count.
 */
export class ReportsThrottle {
  private readonly served = new Map<string, number[]>();

  /** Counts the request, or throws 429 with Retry-After (whole seconds until the oldest counted one leaves). */
  take(tenantId: string, appId: string, limit: number, now = Date.now()): void {
    if (limit <= 0) return;
    const key = `${tenantId}|${appId}`;
    const times = (this.served.get(key) ?? []).filter((t) => t > now - WINDOW_MS);
    if (times.length >= limit) {
      this.served.set(key, times);
      throw throttled(Math.max(1, Math.ceil((times[0] + WINDOW_MS - now) / 1000)));
    }
    times.push(now);
    this.served.set(key, times);
  }

  reset(): void {
    this.served.clear();
  }
}
