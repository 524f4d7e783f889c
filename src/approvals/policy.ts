import { CodedError, ErrorCode } from '../errors';
import { type Actor, samePerson } from '../domain';
import type { ApprovalRequest, Change, Impact } from './model';

export interface ApprovalPolicy {
  ttlHours: number;
  /** Removals affecting more users than this need two distinct approvers. */
  twoApproversAbove: number;
}

/** Removals (and anything whose removal count is unknown) above the threshold need a second approver. */
export function requiredApprovals(change: Change, impact: Impact, policy: ApprovalPolicy): number {
  const removes =
    change.kind === 'removePrincipal' || (change.kind === 'setScopeMode' && change.scopeMode === 'assignedOnly');
  if (!removes) return 1;
  if (impact.leaving === undefined) return 2;
  return impact.leaving > policy.twoApproversAbove ? 2 : 1;
}

export function isExpired(request: ApprovalRequest, now: Date): boolean {
  return request.status === 'pending' && now.getTime() >= Date.parse(request.expiresAt);
}

export function requireRole(actor: Actor, role: 'operator' | 'approver', what: string): void {
  if (!actor.roles.includes(role)) {
    throw new CodedError(
      ErrorCode.MissingRole,
      `${what} needs the ${role} role, which ${actor.displayName || 'you'} does not hold.`,
      { role, actor: actor.id },
    );
  }
}

/** Whether this actor may approve, reject or retry this request now; throws the reason when not. */
export function checkDecider(request: ApprovalRequest, actor: Actor, what: string): void {
  requireRole(actor, 'approver', what);
  if (samePerson(actor.id, request.requester.id)) {
    throw new CodedError(
      ErrorCode.SelfApproval,
      `${request.requester.displayName} requested this change, so someone else has to decide.`,
      { requestId: request.id },
    );
  }
}

/** Refuses a decision on a request that is no longer pending, saying what became of it. */
export function checkPending(request: ApprovalRequest, now: Date): void {
  if (isExpired(request, now) || request.status === 'expired') {
    throw stale(
      request,
      `This request expired at ${request.expiresAt.slice(0, 16).replace('T', ' ')} UTC and can no longer be decided. ` +
        `Ask for the change again.`,
    );
  }
  if (request.status !== 'pending') throw stale(request, `This request was already ${statusWords(request)}.`);
}

export function stale(request: ApprovalRequest, message: string): CodedError {
  return new CodedError(ErrorCode.StaleAction, message, { requestId: request.id, approvalStatus: request.status });
}

export function statusWords(request: ApprovalRequest): string {
  const by = (p?: { displayName: string }) => (p ? ` by ${p.displayName}` : '');
  switch (request.status) {
    case 'pending':
      return 'waiting for approval';
    case 'applying':
      return `approved${by(request.approvals.at(-1))} and is being applied`;
    case 'applied':
      return `approved${by(request.approvals.at(-1))} and applied`;
    case 'noLongerApplies':
      return `approved${by(request.approvals.at(-1))}; the change no longer applied`;
    case 'failed':
      return `approved${by(request.approvals.at(-1))}, but applying it failed`;
    case 'rejected':
      return `rejected${by(request.rejection)}`;
    case 'cancelled':
      return `cancelled by ${request.requester.displayName}`;
    case 'expired':
      return 'expired';
  }
}
