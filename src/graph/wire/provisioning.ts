/** Graph JSON shapes of provisioning logs (§7.2) and of provisionOnDemand's embedded JSON (§6.1). */

export interface WireModifiedProperty {
  displayName?: string | null;
  oldValue?: string | null;
  newValue?: string | null;
}

/** provisioningObjectSummary (v1.0, camelCase enum values). */
export interface WireProvisioningLog {
  id: string;
  activityDateTime: string;
  jobId?: string | null;
  cycleId?: string | null;
  changeId?: string | null;
  durationInMilliseconds?: number | null;
  provisioningAction?: string | null;
  provisioningStatusInfo?: {
    status?: string | null;
    errorInformation?: {
      errorCode?: string | null;
      reason?: string | null;
      recommendedAction?: string | null;
      additionalDetails?: string | null;
    } | null;
  } | null;
  provisioningSteps?: Array<{
    name?: string;
    provisioningStepType?: string;
    status?: string;
    description?: string | null;
    details?: Record<string, unknown> | null;
  }> | null;
  modifiedProperties?: WireModifiedProperty[] | null;
  servicePrincipal?: { id?: string | null; displayName?: string | null } | null;
  sourceIdentity?: {
    id?: string | null;
    displayName?: string | null;
    identityType?: string | null;
    details?: Record<string, unknown> | null;
  } | null;
  targetIdentity?: {
    id?: string | null;
    displayName?: string | null;
    identityType?: string | null;
    details?: Record<string, unknown> | null;
  } | null;
  initiatedBy?: { displayName?: string | null } | null;
}

/** One object of provisionOnDemand's `value` (PascalCase enum values, `type`/`statusInfo` names). */
export interface WireOnDemandObject {
  action?: string;
  provisioningSteps?: Array<{
    name?: string;
    type?: string;
    status?: string;
    description?: string | null;
    details?: Record<string, unknown> | null;
  }>;
  modifiedProperties?: WireModifiedProperty[];
  reportableIdentifier?: string | null;
  statusInfo?: {
    status?: string | null;
    errorCode?: string | null;
    reason?: string | null;
    recommendedAction?: string | null;
    additionalDetails?: string | null;
  } | null;
  sourceIdentity?: { id?: string | null; displayName?: string | null } | null;
  targetIdentity?: { id?: string | null; displayName?: string | null } | null;
}

/** provisionOnDemand's `key` when it is JSON (Form A). */
export interface WireOnDemandKey {
  result?: string;
  details?: { errorCode?: string | null; errorMessage?: string | null } | null;
}
