import type { ActingUser, PartnerPolicy } from '../domain';
import type { Logger } from '../logging';
import type { SetupPlan, SetupService } from '../sync/setup';
import type { ApplyResult, Impact, SetupRequest } from './model';
import { ENTRA_REFUSALS } from './transitions';

const yesNo = (on: boolean | null | undefined) => (on === true ? 'yes' : 'no');

/** The partner entry in one line: what the card's before/after shows. */
export function describePartner(partner: PartnerPolicy | undefined): string {
  if (!partner) return 'no partner entry';
  return (
    `outbound automatic redemption ${yesNo(partner.automaticUserConsent.outboundAllowed)}, ` +
    `inbound trust of MFA ${yesNo(partner.inboundTrust?.isMfaAccepted)}, ` +
    `of compliant devices ${yesNo(partner.inboundTrust?.isCompliantDeviceAccepted)}`
  );
}

/** The partner entry setup leaves behind: redemption allowed, trust only when asked for, the rest as it was. */
export function partnerAfterSetup(plan: SetupPlan, trust: boolean): PartnerPolicy {
  const before = plan.sourcePartner;
  return {
    tenantId: plan.target.tenantId,
    automaticUserConsent: {
      inboundAllowed: before?.automaticUserConsent.inboundAllowed ?? null,
      outboundAllowed: true,
    },
    inboundTrust: trust
      ? { ...before?.inboundTrust, isMfaAccepted: true, isCompliantDeviceAccepted: true }
      : (before?.inboundTrust ?? null),
  };
}

export function setupRequest(plan: SetupPlan, trust: boolean): SetupRequest {
  return {
    targetTenantId: plan.target.tenantId,
    targetName: plan.configurationName,
    trust,
    partnerBefore: describePartner(plan.sourcePartner),
    partnerAfter: describePartner(partnerAfterSetup(plan, trust)),
  };
}

export function setupImpact(plan: SetupPlan, request: SetupRequest): Impact {
  const missingTarget = plan.checks.filter((c) => c.side === 'target' && c.state !== 'ok').map((c) => c.label);
  return {
    entering: 0,
    leaving: 0,
    leavingNames: [],
    existingUsersChange:
      'Nobody is synchronized yet: the configuration is created with only assigned users in scope, ' +
      'accidental-deletion prevention on, and its job not started.',
    notes: [
      `Partner policy for ${request.targetName} before: ${request.partnerBefore}.`,
      `Partner policy for ${request.targetName} after: ${request.partnerAfter}.`,
      ...(plan.existing.length > 0
        ? [`${plan.existing.map((c) => c.displayName).join(', ')} already synchronizes to this tenant.`]
        : []),
      ...(missingTarget.length > 0 ? [`The target's admin still has to set: ${missingTarget.join('; ')}.`] : []),
    ],
  };
}

/**
 * Runs an approved setup: the plan is read from Graph again, and what exists is left alone (exactly once). An
 * interrupted attempt that created the configuration finds it now: that is this request's own work.
 */
export async function applySetup(
  setup: Pick<SetupService, 'inspect' | 'run'>,
  request: SetupRequest,
  logger: Logger,
  at: () => string,
  earlierReachedGraph: boolean,
  /** Whose token this tenant's changes are made with: the approver who completed the request (GRAPH_WRITES=user). */
  by?: ActingUser,
): Promise<ApplyResult> {
  const result = await runSetup(setup, request, logger, at, by);
  return result.outcome === 'noLongerApplies' && earlierReachedGraph
    ? { ...result, outcome: 'applied', detail: `${result.detail} (confirmed after an interrupted attempt)` }
    : result;
}

async function runSetup(
  setup: Pick<SetupService, 'inspect' | 'run'>,
  request: SetupRequest,
  logger: Logger,
  at: () => string,
  by: ActingUser | undefined,
): Promise<ApplyResult> {
  const plan = await setup.inspect(request.targetTenantId);
  const run = await setup.run(plan, { logger, trust: request.trust, by });
  // A failed test connection's detail is the connection error, told once, up front.
  const said = (s: (typeof run.steps)[number]) => s.detail && !(s.key === 'testConnection' && run.connectionError);
  const steps = run.steps.map((s) => `${s.title}: ${s.state}${said(s) ? ` (${s.detail})` : ''}`).join('; ');
  const created = run.configuration?.servicePrincipalId;
  // The same words as the setup card's outcome, so approvers and the requester read what an operator used to see.
  const name = run.configuration?.displayName ?? plan.configurationName;
  switch (run.outcome) {
    case 'ready':
      return {
        outcome: 'applied',
        detail: `Test connection passed. "${name}" is ready and not started. ${steps}`,
        at: at(),
        graphObjectId: created,
      };
    case 'connectionFailed':
      return {
        outcome: 'applied',
        // The target admin's to-do comes first: the card clips long details.
        detail:
          `"${name}" was created, but test connection failed (${run.connectionError?.code}): ` +
          `${run.connectionError?.message ?? ''} ${steps}`,
        at: at(),
        graphObjectId: created,
      };
    case 'conflict':
      return {
        outcome: 'noLongerApplies',
        detail: `Nothing was created: a configuration to this tenant already exists. ${steps}`,
        at: at(),
      };
    case 'failed': {
      // Entra refusing the approver's account keeps the request pending (transitions.ts); the steps say what was made.
      const refused = run.failure && ENTRA_REFUSALS.includes(run.failure.code) ? run.failure : undefined;
      return {
        outcome: 'failed',
        detail: `Setup stopped. ${steps}`,
        at: at(),
        errorCode: refused?.code ?? 'SetupFailed',
        graphRequestId: run.failure?.graphRequestId,
      };
    }
  }
}
