/**
 * Approval requests for scope and mapping changes. Pure data: no Teams, no Graph.
 * A conversation address is kept opaque (the bot stores its own reference there).
 */

import type { SyncSettings } from '../domain';
import type { DirectChange, MappingChange } from '../sync/settings';

export type PrincipalType = 'User' | 'Group';

export interface Principal {
  id: string;
  type: PrincipalType;
  displayName: string;
}

/** What guided setup asks for: the target, whether to trust its claims, and the partner policy before and after. */
export interface SetupRequest {
  targetTenantId: string;
  targetName: string;
  /** Trust the target's MFA and compliant-device claims (only when the requester asked for it). */
  trust: boolean;
  /** The source tenant's partner entry for the target, in words, as read at preview and as setup leaves it. */
  partnerBefore: string;
  partnerAfter: string;
}

/** What a request asks to change on one configuration. */
export type Change =
  | { kind: 'addPrincipal'; principal: Principal }
  | { kind: 'removePrincipal'; principal: Principal }
  | { kind: 'setScopeMode'; scopeMode: 'allUsers' | 'assignedOnly' }
  | { kind: 'setUserType'; userType: 'Member' | 'Guest'; applyToExisting: boolean }
  /** showInAddressList or the display name suffix (sync/settings). */
  | { kind: 'setMapping'; mapping: MappingChange }
  /** Deletes the configuration's service principal and application; synced users stay (sync/removal). */
  | { kind: 'removeConfiguration' }
  /** A risky provisioning setting (deletion prevention off, a higher threshold, failure e-mail redirected or off). */
  | { kind: 'setSetting'; setting: DirectChange; before: SyncSettings }
  /** Restart with ForceDeletes after a TooManyDeletes quarantine: the held-back deletions are carried out. */
  | { kind: 'allowDeletes'; heldBack: number; names: string[] }
  /** Guided setup: the partner policy writes and the new configuration (no configuration exists yet). */
  | ({ kind: 'setup' } & SetupRequest);

/** What the change would do, computed from Graph when the request was previewed. */
export interface Impact {
  /** Users who come into scope (undefined: not counted, e.g. "every user in the tenant"). */
  entering?: number;
  /** Direct members of a group being added (undefined: too many to count, or not a group). */
  groupSize?: number;
  /** Users who leave scope and are soft-deleted in the target on the next cycle. */
  leaving?: number;
  /** A few of the leaving users, by name. */
  leavingNames: string[];
  /** Whether users already in the target would be changed. */
  existingUsersChange: string;
  /** Plain-language remarks (already in effect, scope mode makes it moot, ...). */
  notes: string[];
}

export type ApprovalStatus =
  'pending' | 'applying' | 'applied' | 'noLongerApplies' | 'failed' | 'rejected' | 'cancelled' | 'expired';

export interface Person {
  /** Entra object id. */
  id: string;
  displayName: string;
}

export interface ApplyResult {
  outcome: 'applied' | 'noLongerApplies' | 'failed';
  /** One sentence for the card: what happened in Graph. */
  detail: string;
  at: string;
  /** Coded error when the apply failed. */
  errorCode?: string;
  /** Graph's request-id of the failing or changing call, when known. */
  graphRequestId?: string;
  /** The Graph object the change produced or removed (e.g. the appRoleAssignment id). */
  graphObjectId?: string;
  /** What the next provisioning did about it (from the provisioning logs), once known. */
  provisioning?: string;
  /** Whose own Entra account made the change (GRAPH_WRITES=user): the actor Entra's audit log records. */
  madeAs?: string;
}

/** One line of the audit trail, kept on the request itself. */
export interface AuditEvent {
  at: string;
  by?: Person;
  event:
    | 'requested'
    | 'approved'
    | 'rejected'
    | 'cancelled'
    | 'expired'
    | 'applyStarted'
    | 'applyResumed'
    | 'applied'
    | 'noLongerApplies'
    | 'failed'
    | 'retried';
  note?: string;
}

/** An opaque address the bot can post to (its stored conversation reference). */
export type ConversationAddress = Record<string, unknown>;

/** A previewed request the requester has not submitted yet: what is asked, by whom, with its impact. */
export interface ApprovalDraft {
  id: string;
  /** The configuration's service principal id; for guided setup, the target tenant's id. */
  configurationId: string;
  configurationName: string;
  change: Change;
  impact: Impact;
  reason?: string;
  requester: Person;
  /** Where the request is told back: the requester's conversation. */
  requesterAddress?: ConversationAddress;
  createdAt: string;
}

/** A submitted request: the draft plus its decisions, apply attempts and audit trail. */
export interface ApprovalRequest extends ApprovalDraft {
  expiresAt: string;
  requiredApprovals: number;
  approvals: Array<Person & { at: string }>;
  rejection?: Person & { at: string; comment?: string };
  cancelledAt?: string;
  status: ApprovalStatus;
  /** Increases with each apply attempt; names the create-only idempotency marker of that attempt. */
  applyAttempt: number;
  applyStartedAt?: string;
  result?: ApplyResult;
  /** The conversation holding the approval card, and the card's activity id once posted. */
  approvalAddress?: ConversationAddress;
  cardActivityId?: string;
  history: AuditEvent[];
}

export const OPEN_STATUSES: readonly ApprovalStatus[] = ['pending', 'applying', 'failed'];
