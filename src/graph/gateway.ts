import type { CodedError } from '../errors';
import type {
  CredentialCheck,
  DirectoryAuditEntry,
  DirectoryGroup,
  DirectoryMembership,
  DirectoryUser,
  IdentitySyncPolicy,
  InitialSyncSettings,
  InstantiatedConfiguration,
  LogQuery,
  MappingSet,
  OnDemandSubject,
  Page,
  PartnerPolicy,
  PartnerPolicyChange,
  ProvisioningLogEntry,
  ProvisioningOutcome,
  RestartScope,
  ScopeAssignment,
  SyncConfiguration,
  SyncJob,
  SyncSettings,
  SyncSettingsChange,
  TenantInfo,
} from '../domain';

/** The parts of readConfigurationParts: each as its own method answers it, or the CodedError it would throw. */
export interface ConfigurationParts {
  /** Undefined: no jobId asked, or no such job. */
  job: SyncJob | undefined | CodedError;
  settings: SyncSettings | CodedError;
  assignments: ScopeAssignment[] | CodedError;
  /** Undefined: no jobId asked, or the schema has no user mapping. */
  mappings: MappingSet | undefined | CodedError;
  /** Undefined: no partnerTenantId asked, or the tenant has no partner entry for it. */
  partner: PartnerPolicy | undefined | CodedError;
}

/**
 * Everything the product asks of Microsoft Graph, for one tenant and one app identity.
 * Methods return domain types and throw CodedError (Graph* codes) with what to do; they
 * decide nothing. "Not found" reads answer undefined instead of throwing.
 * Build one with createGraphGateway (src/graph/createGraphGateway.ts); tests fake this interface.
 */
export interface GraphGateway {
  // Users, groups, memberships (source tenant lookups; never lists the directory)
  /** By UPN, mail, alias or name: server-side $filter, then $search for partial names. */
  findUsers(text: string, options?: { top?: number }): Promise<DirectoryUser[]>;
  /**
   * Users with a display-name word or a UPN starting with any of the prefixes, in one $search request
   * (clauses joined by OR).
   */
  findUsersStartingWithAny(prefixes: string[], options?: { top?: number }): Promise<DirectoryUser[]>;
  getUser(idOrUserPrincipalName: string): Promise<DirectoryUser | undefined>;
  findGroups(text: string, options?: { top?: number }): Promise<DirectoryGroup[]>;
  getGroup(id: string): Promise<DirectoryGroup | undefined>;
  /** Direct user members of a group, one page at a time (pass `next` back as cursor). */
  listGroupMembers(groupId: string, cursor?: string): Promise<Page<DirectoryUser>>;
  /** Groups and directory roles of a user, including nested (transitiveMemberOf). */
  listUserMemberships(userId: string): Promise<DirectoryMembership[]>;

  // Cross-tenant access policy and tenant lookups
  listPartners(): Promise<PartnerPolicy[]>;
  getPartner(tenantId: string): Promise<PartnerPolicy | undefined>;
  createPartner(tenantId: string): Promise<PartnerPolicy>;
  updatePartner(tenantId: string, change: PartnerPolicyChange): Promise<void>;
  getIdentitySynchronization(sourceTenantId: string): Promise<IdentitySyncPolicy | undefined>;
  /** Creates the inbound sync policy (409 GraphConflict when it exists: use update). */
  putIdentitySynchronization(
    sourceTenantId: string,
    policy: { displayName: string; userSyncInboundAllowed: boolean },
  ): Promise<void>;
  updateIdentitySynchronization(sourceTenantId: string, change: { userSyncInboundAllowed: boolean }): Promise<void>;
  findTenantByDomain(domainName: string): Promise<TenantInfo | undefined>;
  findTenantById(tenantId: string): Promise<TenantInfo | undefined>;
  /** Several tenants in $batch round trips; unknown ids are left out. */
  findTenantsById(tenantIds: string[]): Promise<TenantInfo[]>;

  // Configurations (service principals of the cross-tenant sync template)
  /** Every configuration with its job and secrets-derived target and scope mode, via $batch. */
  listConfigurations(): Promise<SyncConfiguration[]>;
  /**
   * One cheap request with the bot's own credentials (token, then the first cross-tenant sync service principal):
   * throws the CodedError when Graph does not answer. For readiness checks.
   */
  checkAccess(): Promise<void>;
  getConfiguration(servicePrincipalId: string): Promise<SyncConfiguration | undefined>;
  /**
   * What "show configuration" reads about one configuration, in one $batch round trip: each part is what
   * its own method answers (getJob, getSettings, listAssignments, getMappings, getPartner) or the CodedError
   * it would throw; job and mappings only with a jobId, partner only with a partnerTenantId.
   */
  readConfigurationParts(
    servicePrincipalId: string,
    parts: { jobId?: string; partnerTenantId?: string },
  ): Promise<ConfigurationParts>;
  instantiateConfiguration(displayName: string): Promise<InstantiatedConfiguration>;
  deleteServicePrincipal(servicePrincipalId: string): Promise<void>;
  deleteApplication(applicationObjectId: string): Promise<void>;
  /** The application object behind a configuration (its service principal carries only the appId). */
  findApplicationByAppId(appId: string): Promise<{ id: string; appId: string; displayName?: string } | undefined>;

  // Jobs
  listJobs(servicePrincipalId: string): Promise<SyncJob[]>;
  getJob(servicePrincipalId: string, jobId: string): Promise<SyncJob | undefined>;
  createJob(servicePrincipalId: string, templateId?: string): Promise<SyncJob>;
  deleteJob(servicePrincipalId: string, jobId: string): Promise<void>;
  startJob(servicePrincipalId: string, jobId: string): Promise<void>;
  pauseJob(servicePrincipalId: string, jobId: string): Promise<void>;
  /** No scope: the portal's "Restart provisioning". ['ForceDeletes'] allows pending deletes. */
  restartJob(servicePrincipalId: string, jobId: string, scope?: RestartScope[]): Promise<void>;
  /** Test connection before a job exists (collection-bound validateCredentials). */
  validateCredentials(servicePrincipalId: string, targetTenantId: string): Promise<CredentialCheck>;
  /** Test connection of an existing job with its saved credentials. */
  validateJobCredentials(servicePrincipalId: string, jobId: string): Promise<CredentialCheck>;

  // Secrets (credentials, scope mode, notification and deletion threshold settings)
  getSettings(servicePrincipalId: string): Promise<SyncSettings>;
  /**
   * Reads the secrets now, makes the change and PUTs the whole list back (Graph has no PATCH): every other setting
   * and every secret the product does not manage is kept. Answers the settings as saved.
   */
  updateSyncSettings(servicePrincipalId: string, change: SyncSettingsChange): Promise<SyncSettings>;
  /** The first secrets of a new configuration: its target tenant, SyncPolicy authentication and the settings given. */
  initializeSettings(servicePrincipalId: string, settings: InitialSyncSettings): Promise<void>;
  /** PUTs every secret: keys not managed in SyncSettings are kept from `raw` (services: updateSyncSettings). */
  saveSettings(servicePrincipalId: string, settings: SyncSettings): Promise<void>;

  // Mappings (of the user object mapping of the job's schema)
  /** The user mappings; `fresh` reads the schema now instead of reusing one read within the last minute. */
  getMappings(
    servicePrincipalId: string,
    jobId: string,
    options?: { fresh?: boolean },
  ): Promise<MappingSet | undefined>;
  /** The USER_INBOUND_USER rule id provisionOnDemand needs. */
  getUserRuleId(servicePrincipalId: string, jobId: string): Promise<string | undefined>;
  // The writes below read the schema, change one user attribute mapping and PUT the whole schema back (PUT replaces
  // it). Each answers false, writing nothing, when the schema has no such mapping. The values they write are those
  // of src/domain/mappingValues.ts.
  /** userType becomes the constant; applied only when users are created, or always (existing users too). */
  setUserTypeMapping(
    servicePrincipalId: string,
    jobId: string,
    userType: string,
    applyOnCreationOnly: boolean,
  ): Promise<boolean>;
  /** showInAddressList becomes the constant True or False. */
  setShowInAddressList(servicePrincipalId: string, jobId: string, show: boolean): Promise<boolean>;
  /** displayName becomes the source's with " (suffix)" appended, or the source's as is without a suffix. */
  setDisplayNameSuffix(servicePrincipalId: string, jobId: string, suffix: string | undefined): Promise<boolean>;
  // getMappings and getUserRuleId reuse a job's schema for a minute; the mapping writes, createJob, deleteJob and
  // deleteServicePrincipal through this gateway make the next read fresh (src/graph/cache/jobSchemaCache.ts).

  // Scope assignments
  listAssignments(servicePrincipalId: string): Promise<ScopeAssignment[]>;
  /**
   * The assignments of several configurations in $batch round trips of 20, in the order asked; a failed read
   * answers the CodedError listAssignments would throw.
   */
  listAssignmentsOfEach(servicePrincipalIds: string[]): Promise<Array<ScopeAssignment[] | CodedError>>;
  addAssignment(
    servicePrincipalId: string,
    assignment: { principalId: string; appRoleId: string },
  ): Promise<ScopeAssignment>;
  removeAssignment(servicePrincipalId: string, assignmentId: string): Promise<void>;

  // Provisioning
  provisionOnDemand(
    servicePrincipalId: string,
    jobId: string,
    request: { ruleId: string; subjects: OnDemandSubject[] },
  ): Promise<ProvisioningOutcome[]>;
  /** Newest first. Pass the returned `next` to nextProvisioningLogs for older entries. */
  listProvisioningLogs(query: LogQuery): Promise<Page<ProvisioningLogEntry>>;
  nextProvisioningLogs(cursor: string): Promise<Page<ProvisioningLogEntry>>;

  // Monitoring (the alert monitor reads hundreds of configurations every poll)
  /** Every configuration with its job only (no secrets: no target, no scope), jobs in $batch round trips of 20. */
  listConfigurationJobs(): Promise<SyncConfiguration[]>;
  /**
   * The tenant's provisioning-log stream: one page of every configuration's entries at or after `since`, oldest
   * first (activityDateTime gt, the documented operator); follow-up pages through nextProvisioningLogs. One request
   * per page, never batched: log reads share the reports limit of 5 per 10 s.
   */
  readProvisioningStream(since: Date, top: number): Promise<Page<ProvisioningLogEntry>>;

  // Change watch: the directory audit log (who changed what, in the portal or through Graph)
  /**
   * One page of the tenant's directory audit entries at or after `since`, oldest first (activityDateTime ge); follow-up
   * pages through nextDirectoryAudits. Log reads: one request per page inside the reports budget, never batched.
   */
  readDirectoryAudits(since: Date, top: number): Promise<Page<DirectoryAuditEntry>>;
  nextDirectoryAudits(cursor: string): Promise<Page<DirectoryAuditEntry>>;
}
