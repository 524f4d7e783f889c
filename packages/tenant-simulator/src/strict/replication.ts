/**
 * Replication after instantiate. The cross-tenant sync Graph tutorial creates the job right after instantiate
 * (learn.microsoft.com/entra/identity/multi-tenant-organizations/cross-tenant-synchronization-configure-graph)
 * and no page promises read-after-write consistency for the new objects; the directory is replicated, so the new
 * service principal may not be found at once ("It can take up to 15 seconds"). The simulator makes the new service
 * principal, and later the new job, answer 404 and stay out of lists for replicationDelayMs, which the latency
 * profile sets (15 s realistic, 1.5 s short, none off; latency/profiles.ts).
 */
export function replicatedAt(delayMs: number, now = Date.now()): number | undefined {
  return delayMs > 0 ? now + delayMs : undefined;
}

export function notYetVisible(record: { visibleAfter?: number }, now = Date.now()): boolean {
  return record.visibleAfter !== undefined && now < record.visibleAfter;
}
