import type { ProvisioningLogEntry } from '../../domain';
import type { ConfigurationSnapshot, StreamCursor } from '../types';

export interface StreamRead {
  /** The tenant's new entries, oldest first (every configuration's; the poll attributes them). */
  entries: ProvisioningLogEntry[];
  /** More entries are waiting than this poll may read: the next poll continues after the last one read. */
  truncated: boolean;
  /** Log requests this read made. */
  requests: number;
}

/** What the monitor reads each poll; the Graph implementation is graphSource.ts, tests fake it at the edge. */
export interface MonitorSource {
  /** Every configuration with its job status. Throws when Graph cannot be read (the poll is then skipped). */
  configurations(): Promise<ConfigurationSnapshot[]>;
  /**
   * The tenant-wide provisioning-log stream after the cursor (entries at its instant whose ids it holds are left
   * out), at most maxRequests log requests. Throws when the logs cannot be read.
   */
  newEntries(cursor: StreamCursor, maxRequests: number): Promise<StreamRead>;
}
