/**
 * Domain types for cross-tenant synchronization. The Graph gateway returns these;
 * the bot, approvals and alerts consume them. Nothing here knows about HTTP or Teams.
 */

export type ScopeMode = 'assignedOnly' | 'allUsers';

/** status.code of a synchronizationJob. */
export type JobStatusCode = 'NotConfigured' | 'NotRun' | 'Active' | 'Paused' | 'Quarantine';

export interface SyncErrorInfo {
  code: string;
  message: string;
  tenantActionable?: boolean;
}

export interface JobQuarantine {
  /** quarantineReason, e.g. EncounteredQuarantineException, TooManyDeletes */
  reason: string;
  currentBegan?: string;
  seriesBegan?: string;
  nextAttempt?: string;
  seriesCount: number;
  error?: SyncErrorInfo;
}

export interface JobExecution {
  state: 'Succeeded' | 'Failed' | 'EntryLevelErrors';
  timeBegan?: string;
  timeEnded?: string;
  countImported: number;
  countExported: number;
  countEscrowed: number;
  error?: SyncErrorInfo;
}

export interface SyncJob {
  id: string;
  templateId: string;
  scheduleState: 'Active' | 'Disabled' | 'Paused';
  /** ISO-8601 duration, PT40M for cross-tenant sync. */
  interval: string;
  status: JobStatusCode;
  quarantine?: JobQuarantine;
  lastExecution?: JobExecution;
  lastSuccessfulExecution?: JobExecution;
  countSuccessiveCompleteFailures: number;
  /** From synchronizationJobSettings QuarantineTooManyDeletesThreshold, when present. */
  deleteThreshold?: number;
}

export interface TenantInfo {
  tenantId: string;
  displayName?: string;
  defaultDomainName?: string;
}

/** A cross-tenant synchronization configuration: the service principal + its Azure2Azure job. */
export interface SyncConfiguration {
  servicePrincipalId: string;
  appId: string;
  displayName: string;
  /** The msiam_access app role used for assignments. */
  appRoleId?: string;
  target?: TenantInfo;
  job?: SyncJob;
  scopeMode?: ScopeMode;
}

/** The parts of secrets/SyncNotificationSettings the product reads and changes. */
export interface SyncSettings {
  companyId?: string;
  scopeMode: ScopeMode;
  notificationsEnabled: boolean;
  notificationEmail?: string;
  deleteThresholdEnabled: boolean;
  deleteThresholdValue?: number;
  /** Every secret as Graph returned it, so a PUT can preserve the ones we do not change. */
  raw: Array<{ key: string; value: string }>;
}

export interface DirectoryUser {
  id: string;
  displayName: string;
  userPrincipalName: string;
  mail?: string;
  mailNickname?: string;
  userType?: 'Member' | 'Guest' | string;
  accountEnabled?: boolean;
  department?: string;
}

export interface DirectoryGroup {
  id: string;
  displayName: string;
  description?: string;
  mail?: string;
}

export interface ScopeAssignment {
  id: string;
  principalId: string;
  principalType: 'User' | 'Group' | string;
  principalDisplayName: string;
  appRoleId: string;
  createdDateTime?: string;
}

/** crossTenantAccessPolicyConfigurationPartner, reduced to what the product reasons about. */
export interface PartnerPolicy {
  tenantId: string;
  inboundTrust?: { isMfaAccepted?: boolean | null; isCompliantDeviceAccepted?: boolean | null; isHybridAzureADJoinedDeviceAccepted?: boolean | null } | null;
  automaticUserConsent: { inboundAllowed: boolean | null; outboundAllowed: boolean | null };
  /** identitySynchronization.userSyncInbound.isSyncAllowed, when the partner has that policy. */
  userSyncInboundAllowed?: boolean | null;
}

export interface AttributeMapping {
  targetAttributeName: string;
  /** Attribute name, constant value or function expression, as the portal shows it. */
  source: string;
  sourceType: 'Attribute' | 'Constant' | 'Function' | 'None';
  /** Always, ObjectAddOnly ("only during creation"), ... */
  flowType: string;
  matchingPriority: number;
}

export interface MappingSet {
  ruleId: string;
  objectMappingName: string;
  attributeMappings: AttributeMapping[];
  /** Whether the user object mapping is enabled. */
  enabled?: boolean;
  /** The object mapping's scoping filter groups (empty: everyone assigned is in scope). */
  scopingFilters?: ScopingFilterGroup[];
}

export type StepResult = 'success' | 'failure' | 'skipped' | 'warning';
export type StepKind = 'import' | 'scoping' | 'matching' | 'processing' | 'referenceResolution' | 'export';

export interface ProvisioningStep {
  name: string;
  kind: StepKind;
  status: StepResult;
  description: string;
  details: Record<string, string>;
}

export interface ModifiedProperty {
  name: string;
  oldValue: string | null;
  newValue: string | null;
}

export type ProvisioningAction = 'create' | 'update' | 'delete' | 'disable' | 'stagedDelete' | 'other';

/** One provisioned object: from provisionOnDemand or from a provisioning log entry. */
export interface ProvisioningOutcome {
  action: ProvisioningAction;
  status: StepResult;
  steps: ProvisioningStep[];
  modifiedProperties: ModifiedProperty[];
  sourceId?: string;
  sourceDisplayName?: string;
  targetId?: string;
  reportableIdentifier?: string;
  error?: { code: string; reason?: string; recommendedAction?: string; additionalDetails?: string };
  /** skip reason from an Export/Skip step, e.g. RedundantExport */
  skipReason?: string;
}

export interface ProvisioningLogEntry extends ProvisioningOutcome {
  id: string;
  activityDateTime: string;
  jobId?: string;
  cycleId?: string;
  changeId?: string;
  servicePrincipalId?: string;
  servicePrincipalName?: string;
  targetDisplayName?: string;
  initiatedBy?: string;
  durationMs?: number;
}

export interface LogQuery {
  servicePrincipalId?: string;
  jobId?: string;
  status?: StepResult;
  action?: ProvisioningAction;
  sourceUserId?: string;
  since?: Date;
  until?: Date;
  top?: number;
}

export interface Page<T> {
  items: T[];
  /** Opaque cursor for the next page (Graph's @odata.nextLink), absent on the last page. */
  next?: string;
}

/** resetScope flags of synchronizationJobRestartCriteria. */
export type RestartScope = 'Escrows' | 'Watermark' | 'QuarantineState' | 'Full' | 'ForceDeletes';

/** A group or directory role a user belongs to, directly or through nesting (for role checks). */
export interface DirectoryMembership {
  id: string;
  displayName: string;
  kind: 'group' | 'directoryRole';
  /** Directory roles only: the template id, the same in every tenant. */
  roleTemplateId?: string;
}

/** The target tenant's "allow users to sync into this tenant" policy for one source tenant. */
export interface IdentitySyncPolicy {
  tenantId: string;
  displayName?: string;
  userSyncInboundAllowed: boolean | null;
}

/** A change to a partner entry; only the given fields are sent. */
export interface PartnerPolicyChange {
  inboundTrust?: { isMfaAccepted?: boolean | null; isCompliantDeviceAccepted?: boolean | null; isHybridAzureADJoinedDeviceAccepted?: boolean | null } | null;
  automaticUserConsent?: { inboundAllowed?: boolean | null; outboundAllowed?: boolean | null };
}

/** What instantiating the cross-tenant sync application template created. */
export interface InstantiatedConfiguration {
  applicationId: string;
  appId: string;
  servicePrincipalId: string;
  displayName: string;
  appRoleId?: string;
}

/** The answer of validateCredentials ("Test connection"): a 400 carries the failing check. */
export type CredentialCheck = { ok: true } | { ok: false; code: string; message: string; requestId?: string };

/** Who to provision on demand: users, or a group when group provisioning is configured. */
export interface OnDemandSubject {
  objectId: string;
  objectTypeName: 'User' | 'Group';
}

/** One scoping filter group: all clauses must hold (AND); groups combine with OR. */
export interface ScopingFilterGroup {
  name: string;
  clauses: Array<{ attribute: string; operator: string; values: string[] }>;
}

/** What a person may do with the bot: readers see, operators act, approvers approve. */
export type Role = 'reader' | 'operator' | 'approver';

/** The person behind a turn or a card click, as the bot established it (never as a card claims). */
export interface Actor {
  /** Entra object id (Teams aadObjectId). */
  id: string;
  displayName: string;
  roles: readonly Role[];
}
