import type { ConfigurationSnapshot, Incident, StreamCursor, Subscription } from '../types';

/**
 * What a poll asks of change watch (src/alerts/changes): read the audit logs once, post the outside changes, and
 * name the change that caused a failure that opens. Declared here so the monitor does not depend on its parts.
 */
export interface ChangeWatch {
  poll(input: {
    /** Audit-log watermarks by tenant id (absent before the first poll). */
    cursors: Record<string, StreamCursor> | undefined;
    snapshots: readonly ConfigurationSnapshot[];
    subscriptions: readonly Subscription[];
    stillLeader: () => boolean;
  }): Promise<{
    cursors: Record<string, StreamCursor>;
    report: { auditRequests: number; auditEntries: number; changes: string[]; failedTenants: string[] };
  }>;
  /** The incident, pointing at the newest open breaking change of its configuration seen before it, if any. */
  linkCause(incident: Incident, now: Date): Promise<Incident>;
}
