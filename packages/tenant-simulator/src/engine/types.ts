import type { SimulatorState, Tenant } from '../store/tenant';
import type { Json, JobRecord, ServicePrincipalRecord, UserRecord } from '../store/types';
import type { PolicyProblem } from '../sync/policyCheck';
import type { ErrorInfo } from './errors';
import type { Change } from './mappings';
import type { TargetIndex } from './matching';

export type StepType = 'import' | 'scoping' | 'matching' | 'processing' | 'export';
export type Result = 'success' | 'failure' | 'skipped' | 'warning';
export type Action = 'create' | 'update' | 'delete' | 'disable' | 'stagedDelete' | 'other';

export interface Step {
  name: string;
  type: StepType;
  status: Result;
  description: string;
  details: Record<string, string>;
}

/** One configuration (service principal + job) as the engine sees it for a cycle or an on-demand call. */
export interface JobContext {
  sim: SimulatorState;
  source: Tenant;
  sp: ServicePrincipalRecord;
  job: JobRecord;
  targetTenantId: string | undefined;
  target: Tenant | undefined;
  mapping: Json | undefined;
  policy: PolicyProblem | undefined;
  /** Lookups into the target, built lazily once per cycle. */
  targetIndex: TargetIndex | undefined;
}

/** What the engine decided for one source user, before (apply) or instead of changing anything. */
export interface Decision {
  user: UserRecord;
  action: Action;
  status: Result;
  steps: Step[];
  modified: Change[];
  error: ErrorInfo | null;
  targetUserId: string | null;
  /** Deletes and disables count against the accidental-deletion threshold. */
  deleteLike: boolean;
  /** Equal signatures on consecutive incremental cycles mean nothing new to log. */
  signature: string;
  apply(): void;
}

/** What the next evaluation will say once a successful action is applied: in sync (a redundant skip). */
export const IN_SYNC = 'other|skipped||';

export function settledSignature(d: Decision): string {
  return d.status === 'success' && d.action !== 'other' ? IN_SYNC : d.signature;
}
