/** Provisioning outcomes, on demand or from the provisioning log, and how they are queried. */

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

/** Who to provision on demand: users, or a group when group provisioning is configured. */
export interface OnDemandSubject {
  objectId: string;
  objectTypeName: 'User' | 'Group';
}
