/** Graph JSON shapes of synchronization resources (graph-contract.md §3–§4), as much as the product reads. */

export interface WireSyncError {
  code?: string | null;
  message?: string | null;
  tenantActionable?: boolean;
}

export interface WireTaskExecution {
  state?: string;
  timeBegan?: string | null;
  timeEnded?: string | null;
  countImported?: number;
  countExported?: number;
  countEscrowed?: number;
  error?: WireSyncError | null;
}

export interface WireSyncJob {
  id: string;
  templateId?: string;
  schedule?: { interval?: string; state?: string; expiration?: string | null } | null;
  status?: {
    code?: string;
    countSuccessiveCompleteFailures?: number;
    lastExecution?: WireTaskExecution | null;
    lastSuccessfulExecution?: WireTaskExecution | null;
    quarantine?: {
      reason?: string;
      currentBegan?: string;
      seriesBegan?: string;
      nextAttempt?: string;
      seriesCount?: number;
      error?: WireSyncError | null;
    } | null;
  } | null;
  synchronizationJobSettings?: Array<{ name: string; value?: string | null }> | null;
}

export interface WireSecret {
  key: string;
  value: string;
}

export interface WireAttributeSource {
  type?: string;
  name?: string | null;
  expression?: string | null;
  parameters?: Array<{ key: string; value: WireAttributeSource }> | null;
}

export interface WireAttributeMapping {
  targetAttributeName?: string;
  source?: WireAttributeSource | null;
  defaultValue?: string | null;
  flowType?: string;
  flowBehavior?: string;
  matchingPriority?: number;
  exportMissingReferences?: boolean;
}

export interface WireFilterGroup {
  name?: string;
  clauses?: Array<{
    operatorName?: string;
    sourceOperandName?: string;
    targetOperand?: { values?: string[] } | null;
  }> | null;
}

export interface WireObjectMapping {
  name?: string;
  enabled?: boolean;
  sourceObjectName?: string;
  targetObjectName?: string;
  flowTypes?: string;
  attributeMappings?: WireAttributeMapping[] | null;
  scope?: { groups?: WireFilterGroup[] | null } | null;
  [other: string]: unknown;
}

export interface WireSyncRule {
  id?: string;
  name?: string;
  sourceDirectoryName?: string;
  targetDirectoryName?: string;
  objectMappings?: WireObjectMapping[] | null;
  [other: string]: unknown;
}

/** The whole synchronizationSchema; PUT replaces it, so callers change it and send it back whole. */
export interface WireSyncSchema {
  id?: string;
  version?: string;
  synchronizationRules?: WireSyncRule[] | null;
  [other: string]: unknown;
}
