/** The simulator's in-memory directory: plain records, Graph field names where Graph has them. */

export type Json = Record<string, unknown>;

export interface UserRecord {
  /** Graph-visible properties, named as Graph names them. */
  data: Json & {
    id: string;
    displayName: string;
    userPrincipalName: string;
    userType: string;
    accountEnabled: boolean;
  };
  /** What the directory knows but Graph v1.0 does not show. */
  meta: UserMeta;
}

export interface UserMeta {
  /** The user's PUID in its home tenant (what AltSecIdFromNetId reads). */
  netId: string;
  /** For a B2B user: which external identity it stands for (the matching key of cross-tenant sync). */
  altSecId?: { tenantId: string; netId: string };
  /** Attributes mastered by Exchange Online that the sync engine may not update. */
  exchangeMastered?: string[];
  /** SMS sign-in enabled: the user carries an alternative security id (skipped by CTS's default scoping filter). */
  smsSignIn?: boolean;
  softDeleted?: boolean;
  deletedDateTime?: string;
  /** The tenant's change sequence number of the last change to this user. */
  changedAt?: number;
  /** Directory roles the user is eligible for in Privileged Identity Management but has not activated. */
  eligibleRoleTemplateIds?: string[];
  /** What Conditional Access asks of the user's sign-ins to Microsoft Graph (absent: nothing). */
  mfa?: MfaRequirement;
}

/**
 * `required`: a policy requires multifactor authentication (AADSTS50076 until the user signs in with MFA);
 * `registrationRequired`: it does, and the user has not registered a method yet (AADSTS50079).
 */
export type MfaRequirement = 'required' | 'registrationRequired';

export interface GroupRecord {
  data: Json & { id: string; displayName: string };
  members: Set<string>;
}

export interface DirectoryRoleRecord {
  data: Json & { id: string; displayName: string; roleTemplateId: string };
  members: Set<string>;
}

export interface IdentitySyncPolicy {
  tenantId: string;
  displayName: string | null;
  userSyncInbound: { isSyncAllowed: boolean | null } | null;
}

export interface PartnerRecord {
  data: Json & { tenantId: string };
  identitySynchronization?: IdentitySyncPolicy;
}

/** An app registration that can get tokens (the bot's, the limited one). */
export interface AuthApp {
  clientId: string;
  displayName: string;
  secrets: string[];
  /** PEM certificates registered as key credentials (client_assertion). */
  certificates: string[];
  roles: string[];
  servicePrincipalId: string;
  /** Application ID URIs of the API the app exposes ("api://botid-{clientId}"): its SSO tokens' audience. */
  identifierUris?: string[];
  /** Delegated Microsoft Graph permissions an administrator consented to for this app, tenant-wide. */
  delegatedScopes?: string[];
  /** A public client (no secret; PKCE), such as the Teams client that asks for SSO tokens. */
  publicClient?: boolean;
}

export interface ApplicationRecord {
  data: Json & { id: string; appId: string; displayName: string };
}

export interface ServicePrincipalRecord {
  data: Json & { id: string; appId: string; displayName: string };
  applicationObjectId?: string;
  /** Client ids of the apps that own it (Application.ReadWrite.OwnedBy). */
  ownerAppIds: Set<string>;
  assignments: Map<string, Json & { id: string; principalId: string; principalType: string }>;
  synchronization?: SynchronizationRecord;
  /** Epoch ms before which Graph does not find it yet (replication after instantiate; strict/replication.ts). */
  visibleAfter?: number;
}

export interface SecretPair {
  key: string;
  value: string;
}

export interface SynchronizationRecord {
  secrets: SecretPair[];
  jobs: Map<string, JobRecord>;
}

export interface JobRecord {
  id: string;
  templateId: string;
  schedule: Json & { interval: string; state: string; expiration: string | null };
  status: Json & { code: string };
  synchronizationJobSettings: { name: string; value: string }[];
  schema: Json;
  engine: JobEngineState;
  /** Epoch ms before which Graph does not find the new job yet (strict/replication.ts). */
  visibleAfter?: number;
}

/** What the provisioning engine remembers between cycles (never shown by Graph directly). */
export interface JobEngineState {
  /** source user id -> target user id, for users this job created or matched. */
  linked: Map<string, string>;
  /** source user ids whose delete is held back by the deletion threshold. */
  stagedDeletes: Set<string>;
  /** source user id -> consecutive failure count (escrows). */
  escrows: Map<string, number>;
  /** Whether the next cycle is a full (initial) cycle. */
  fullCycleDue: boolean;
  /** The source tenant's change sequence when the last cycle began (incremental cycles look at later changes). */
  watermark?: number;
  /** Source users whose assignment changed since the last cycle. */
  dirty: Set<string>;
  /** Set by restart with ForceDeletes: the next cycle applies the staged deletes. */
  forceDeletes?: boolean;
  onDemandCalls: number[];
  /** source user id -> what the last cycle decided (incremental cycles log only what changed). */
  lastSignatures: Map<string, string>;
  nextRunAt?: number;
  cycleCount: number;
}
