import type { ProvisioningLogEntry } from '../../domain';
import type { ConfigurationSnapshot } from '../types';

export interface EntriesRequest {
  servicePrincipalId: string;
  /** Entries at or after this time (the watermark). */
  since: Date;
  /** Ids already read at exactly `since`. */
  skipIds: readonly string[];
  max: number;
}

export type EntriesResult =
  { ok: true; entries: ProvisioningLogEntry[]; truncated: boolean } | { ok: false; error: unknown };

/** What the monitor reads each poll; the Graph implementation is graphSource.ts, tests fake it at the edge. */
export interface MonitorSource {
  /** Every configuration with its job status. Throws when Graph cannot be read (the poll is then skipped). */
  configurations(): Promise<ConfigurationSnapshot[]>;
  /** New log entries per configuration, oldest first; one failed configuration does not fail the others. */
  newEntries(requests: readonly EntriesRequest[]): Promise<Map<string, EntriesResult>>;
}
