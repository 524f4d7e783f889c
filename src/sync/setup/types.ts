import type { GraphGateway } from '../../graph/gateway';
import type { PartnerPolicy, SyncConfiguration, TenantInfo } from '../../domain';

/** A prerequisite of cross-tenant synchronization, on the side that owns it. */
export type SetupCheckKey =
  | 'sourcePartner'
  | 'outboundAutoRedemption'
  | 'trustMfa'
  | 'trustCompliantDevice'
  | 'targetPartner'
  | 'inboundAutoRedemption'
  | 'inboundUserSync';

/** ok: in place; missing: not in place; unknown: the bot could not look (no access to that tenant). */
export type CheckState = 'ok' | 'missing' | 'unknown';

export interface SetupCheck {
  key: SetupCheckKey;
  side: 'source' | 'target';
  /** The setting as the Entra admin center names it. */
  label: string;
  state: CheckState;
  /** What the bot saw, or why it could not look. */
  detail: string;
}

/** What exists and what is missing for synchronizing users from this tenant to one target. */
export interface SetupPlan {
  source: TenantInfo;
  target: TenantInfo;
  checks: SetupCheck[];
  /** The source tenant's partner entry for the target as read, when there is one. */
  sourcePartner?: PartnerPolicy;
  /** Whether the bot read the target tenant's settings itself (it holds credentials for it). */
  targetChecked: boolean;
  /** Configurations that already synchronize to this target (a second one is not created). */
  existing: SyncConfiguration[];
  /** The name the new configuration gets. */
  configurationName: string;
}

/** Graph gateways for target tenants the bot also has credentials for; undefined when it has none. */
export type TargetGateways = (
  tenantId: string,
) => Pick<GraphGateway, 'getPartner' | 'getIdentitySynchronization'> | undefined;

export type SetupGateway = Pick<
  GraphGateway,
  | 'findTenantByDomain'
  | 'findTenantById'
  | 'getPartner'
  | 'createPartner'
  | 'updatePartner'
  | 'listConfigurations'
  | 'instantiateConfiguration'
  | 'createJob'
  | 'initializeSettings'
  | 'validateCredentials'
>;

export type StepKey =
  'partner' | 'outboundAutoRedemption' | 'trust' | 'configuration' | 'job' | 'secrets' | 'testConnection';

/** pending: not reached; done: changed now; present: already there, not redone; conflict: refused, nothing changed. */
export type StepState = 'pending' | 'running' | 'done' | 'present' | 'conflict' | 'failed' | 'skipped';

export interface SetupStep {
  key: StepKey;
  title: string;
  state: StepState;
  detail: string;
}

export interface SetupRun {
  plan: SetupPlan;
  steps: SetupStep[];
  outcome: 'ready' | 'connectionFailed' | 'conflict' | 'failed';
  /** The configuration created (or found), when there is one. */
  configuration?: { servicePrincipalId: string; displayName: string; jobId?: string };
  /** Test connection's answer when it failed. */
  connectionError?: { code: string; message: string };
  /** Why a failed run stopped, when Graph said (a refused token names the Entra role); the request id to quote. */
  failure?: { code: string; graphRequestId?: string };
}
