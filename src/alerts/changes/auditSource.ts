import type { DirectoryAuditEntry } from '../../domain';
import type { StreamCursor, Subscription } from '../types';
import type { AuditSide } from './classify';
import type { BotIdentity } from './ownChanges';
import type { WatchedChange } from './types';

/** A tenant whose audit log the leader reads: the home (source) tenant, or a target it has credentials for. */
export interface AuditTenant {
  tenantId: string;
  side: AuditSide;
  /** How cards name it ("Northwind"); the tenant id when no better name is known. */
  name: string;
  bot: BotIdentity;
}

export interface AuditRead {
  entries: DirectoryAuditEntry[];
  truncated: boolean;
  requests: number;
}

/** What change watch reads each poll; the Graph implementation is graphAuditSource.ts, tests fake it at the edge. */
export interface AuditSource {
  tenants(): AuditTenant[];
  /** The tenant's entries after the cursor, oldest first, at most maxRequests requests; throws when unreadable. */
  newEntries(tenantId: string, cursor: StreamCursor, maxRequests: number): Promise<AuditRead>;
}

/** A configuration as change watch attributes changes to it. */
export interface WatchedConfiguration {
  servicePrincipalId: string;
  displayName: string;
  targetTenantId?: string;
  targetName?: string;
  allUsers?: boolean;
}

/** What the bot knows beyond the monitor's snapshot, read only when a relevant entry arrived. */
export interface ChangeKnowledge {
  /** Every configuration with its target tenant and scope mode. */
  configurations(): Promise<WatchedConfiguration[]>;
  /** Users who left the configuration's scope when the principal's assignment went (undefined: not counted). */
  leavingAfterRemoval(
    servicePrincipalId: string,
    principal: { id: string; type: 'User' | 'Group' },
  ): Promise<number | undefined>;
}

/** How change cards reach a conversation (the bot implements it with proactive messages). */
export interface ChangeNotifier {
  postChange(subscription: Subscription, change: WatchedChange): Promise<string | undefined>;
  updateChange(subscription: Subscription, activityId: string, change: WatchedChange): Promise<void>;
}
