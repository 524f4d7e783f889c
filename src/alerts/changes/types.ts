import type { Actor } from '../types';
import type { AuditSide, ChangeKind } from './classify';

/** A configuration a change touches, by its service principal. */
export interface ChangedConfiguration {
  servicePrincipalId: string;
  displayName: string;
}

/** What Undo asks the approval flow for: the before state as the target. */
export type UndoTarget =
  | { kind: 'addPrincipal'; principal: { id: string; type: 'User' | 'Group'; displayName: string } }
  | { kind: 'removePrincipal'; principal: { id: string; type: 'User' | 'Group'; displayName: string } };

/**
 * A change to cross-tenant sync made outside the bot, seen in a tenant's directory audit log: kept from the poll
 * that saw it, posted to the subscribed conversations, and shown in the configurations' timelines.
 */
export interface WatchedChange {
  /** Stable for the audit entry (tenant + entry id), 24 hex characters. */
  id: string;
  auditId: string;
  side: AuditSide;
  /** The tenant whose audit log holds the entry. */
  tenantId: string;
  tenantName: string;
  at: string;
  activity: string;
  kind: ChangeKind;
  who: { displayName: string; userPrincipalName?: string };
  what: string;
  before?: string;
  after?: string;
  configurations: ChangedConfiguration[];
  /** What it will do, in plain words. */
  consequence: string;
  /** The next cycle fails because of it: the card is a warning, and the failure alert that follows points here. */
  breaksNextCycle: boolean;
  undo?: UndoTarget;
  state: 'open' | 'acknowledged';
  acknowledgedBy?: Actor & { at: string };
  /** Who drafted the undo (its change request then goes through the approval flow). */
  undoRequestedBy?: Actor;
  /** The posted card per subscription. */
  posts: Record<string, string>;
  seenAt: string;
  /** Breaking changes: when the failure it warned of opened, and that incident. */
  failedAt?: string;
  failureIncidentId?: string;
}
