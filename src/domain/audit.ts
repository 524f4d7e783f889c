/** Entra's directory audit log (directoryAudit, v1.0), reduced to what change watch reasons about. */

/** Who started an activity: a signed-in person, or an app acting as itself. */
export type AuditInitiator =
  | { kind: 'user'; id?: string; displayName?: string; userPrincipalName?: string }
  | { kind: 'app'; appId?: string; servicePrincipalId?: string; displayName?: string };

/** One changed property; the values as Graph gives them (JSON text, often quoted). */
export interface AuditModifiedProperty {
  name: string;
  oldValue?: string;
  newValue?: string;
}

/** targetResource: an object the activity touched. */
export interface AuditTarget {
  id: string;
  type: string;
  displayName?: string;
  userPrincipalName?: string;
  modifiedProperties: AuditModifiedProperty[];
}

export interface DirectoryAuditEntry {
  id: string;
  activityDateTime: string;
  activityDisplayName: string;
  category: string;
  operationType?: string;
  loggedByService?: string;
  correlationId?: string;
  result: 'success' | 'failure' | 'timeout' | 'unknown';
  initiatedBy: AuditInitiator;
  targets: AuditTarget[];
  /** additionalDetails as key → value (a person acting through an app: its AppId). */
  details: Record<string, string>;
}
