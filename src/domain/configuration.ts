/** A configuration, its job and its settings, as Graph's synchronization API describes them. */

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

/** Settings to change; the ones left out keep their value, and so does every secret the product does not manage. */
export type SyncSettingsChange = Partial<
  Pick<
    SyncSettings,
    'scopeMode' | 'notificationsEnabled' | 'notificationEmail' | 'deleteThresholdEnabled' | 'deleteThresholdValue'
  >
>;

/** What a new configuration starts with: its target tenant and the first choices of the settings. */
export interface InitialSyncSettings {
  targetTenantId: string;
  scopeMode: ScopeMode;
  notificationsEnabled: boolean;
  deleteThresholdEnabled: boolean;
  /** The accidental-deletion threshold (deletions per cycle) when prevention is on. */
  deleteThresholdValue?: number;
}
