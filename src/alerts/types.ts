import type { ProvisioningLogEntry, SyncJob } from '../domain';

/**
 * Alert domain types. Nothing here knows about Teams: a subscription keeps its conversation
 * reference as opaque JSON that only the bot side reads.
 */

export type Severity = 'info' | 'warning' | 'error' | 'critical';

/**
 * What an incident is about. One problem of one configuration is one incident: a broken
 * policy that first fails users and then quarantines the job stays one incident ("access").
 */
export type IncidentKind = 'access' | 'quarantine' | 'deletes' | 'failures' | 'stalled';

/** A configuration as the monitor sees it at one poll. */
export interface ConfigurationSnapshot {
  servicePrincipalId: string;
  displayName: string;
  job?: SyncJob;
}

/** An error code and how often it was seen, with the first users it hit. */
export interface ErrorCount {
  code: string;
  count: number;
  /** A sample reason from the log, as Graph worded it. */
  reason?: string;
}

/** What a detector found in one poll for one configuration. */
export interface Finding {
  kind: IncidentKind;
  /** Tells incidents of one kind apart (the error code of a failure burst); '' otherwise. */
  discriminator: string;
  severity: Severity;
  /** One line, e.g. "Quarantined: the connection is broken". */
  title: string;
  /** What happened, in plain words. */
  summary: string;
  /** The documented quarantine reason, when the job is quarantined. */
  quarantineReason?: string;
  errors: ErrorCount[];
  /** Failures (or staged deletes) counted in this poll's new log entries. */
  newFailures: number;
  stagedDeletes: number;
  /** Display names or UPNs of the first affected users. */
  affectedUsers: string[];
}

export interface Actor {
  id: string;
  displayName: string;
}

export type IncidentState = 'open' | 'resolved';

/** One incident, kept from the first finding until recovery; cards are updated in place from it. */
export interface Incident {
  /** Stable for the signature (configuration + kind + discriminator); `series` tells its openings apart. */
  id: string;
  series: number;
  state: IncidentState;
  kind: IncidentKind;
  discriminator: string;
  servicePrincipalId: string;
  configurationName: string;
  severity: Severity;
  title: string;
  summary: string;
  quarantineReason?: string;
  /** Error counts added up over the incident (each log entry once, see countedThrough). */
  errors: ErrorCount[];
  totalFailures: number;
  stagedDeletes: number;
  affectedUsers: string[];
  openedAt: string;
  updatedAt: string;
  resolvedAt?: string;
  /** Log entries up to this activityDateTime are already in the counts (a replayed poll adds nothing). */
  countedThrough?: string;
  acknowledgedBy?: Actor & { at: string };
  snoozedUntil?: string;
  snoozedBy?: Actor;
  /** Severity when snoozed: only worse than this breaks the snooze. */
  snoozedAtSeverity?: Severity;
  /** The posted card per subscription (conversation), to update in place. */
  posts: Record<string, string>;
  /** The outside change that was seen breaking this configuration before the failure (change watch). */
  causedBy?: { changeId: string; who: string; what: string; at: string; tenantName: string };
}

export interface SubscriptionFilter {
  /** Only this configuration; every one when absent. */
  configuration?: { servicePrincipalId: string; displayName: string };
  quarantineOnly: boolean;
}

/** A conversation (channel or chat) that receives alerts. */
export interface Subscription {
  /** The conversation's key (channel root, not a thread). */
  id: string;
  /** Opaque to the domain: the bot's conversation reference. */
  reference: Record<string, unknown>;
  conversationName?: string;
  filter: SubscriptionFilter;
  alerts: boolean;
  digest: boolean;
  createdBy: Actor;
  createdAt: string;
  /** Set when the bot was removed from the conversation; retired subscriptions get nothing. */
  retiredAt?: string;
  retiredReason?: string;
}

/** Per-configuration memory of the monitor, kept in the leader's fenced cursor. */
export interface ConfigurationCursor {
  /** Newest activityDateTime already read; the next read asks for entries at or after it. */
  watermark?: string;
  /** Ids of the entries read at exactly `watermark`, so they are not read twice. */
  boundaryIds: string[];
  /** Changes when the job ran or changed state; logs are read only when it changed or entries still arrive. */
  fingerprint?: string;
  /** The last read returned entries: keep reading next poll even if the status looks the same. */
  active?: boolean;
}

/** Where the tenant-wide log stream continues: the newest entry read, and the ids read at exactly that instant. */
export interface StreamCursor {
  watermark: string;
  boundaryIds: string[];
}

export interface MonitorCursor {
  version: 1;
  configurations: Record<string, ConfigurationCursor>;
  /** The tenant's provisioning-log stream (absent before the first poll, and in cursors of older versions). */
  stream?: StreamCursor;
  /** Change watch: where each tenant's directory audit log continues, by tenant id. */
  audit?: Record<string, StreamCursor>;
  /** The UTC day (YYYY-MM-DD) of the last digest sent. */
  lastDigestDay?: string;
}

/** New log entries of one configuration in one poll. */
export interface NewEntries {
  entries: ProvisioningLogEntry[];
  /** True when more entries than the per-poll maximum arrived; counts are lower bounds. */
  truncated: boolean;
}
