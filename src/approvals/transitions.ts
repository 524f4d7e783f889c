import { CodedError, ErrorCode } from '../errors';
import { type Actor, samePerson } from '../domain';
import type { ApplyResult, ApprovalDraft, ApprovalRequest, AuditEvent, ConversationAddress, Person } from './model';
import {
  type ApprovalPolicy,
  checkDecider,
  checkPending,
  checkRetryable,
  isExpired,
  requiredApprovals,
} from './policy';

/**
 * State transitions as pure functions of the stored request: updateWithRetry runs them on the
 * freshest version and writes with its eTag, so exactly one caller wins each step. They throw
 * the reason a step is refused; they never call Graph or send messages.
 */

const person = (actor: Pick<Actor, 'id' | 'displayName'>): Person => ({ id: actor.id, displayName: actor.displayName });

function withEvent(request: ApprovalRequest, event: AuditEvent): ApprovalRequest {
  return { ...request, history: [...request.history, event] };
}

function startApply(request: ApprovalRequest, at: string, event: AuditEvent['event'], by?: Person): ApprovalRequest {
  const attempt = request.applyAttempt + 1;
  return withEvent(
    { ...request, status: 'applying', applyAttempt: attempt, applyStartedAt: at, result: undefined },
    { at, by, event, note: `attempt ${attempt}` },
  );
}

/** The pending request a submitted draft becomes: its TTL, the approvals it needs and its first history row. */
export function requested(
  draft: ApprovalDraft,
  now: Date,
  policy: ApprovalPolicy,
  approvalAddress: ConversationAddress | undefined,
): ApprovalRequest {
  return {
    id: draft.id,
    configurationId: draft.configurationId,
    configurationName: draft.configurationName,
    change: draft.change,
    impact: draft.impact,
    reason: draft.reason,
    requester: draft.requester,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + policy.ttlHours * 3600_000).toISOString(),
    requiredApprovals: requiredApprovals(draft.change, draft.impact, policy),
    approvals: [],
    status: 'pending',
    applyAttempt: 0,
    requesterAddress: draft.requesterAddress,
    approvalAddress,
    history: [{ at: now.toISOString(), by: draft.requester, event: 'requested', note: draft.reason }],
  };
}

export function approve(actor: Actor, now: Date) {
  return (request: ApprovalRequest): ApprovalRequest => {
    checkDecider(request, actor, 'Approving a change');
    checkPending(request, now);
    if (request.approvals.some((a) => samePerson(a.id, actor.id))) {
      throw new CodedError(
        ErrorCode.StaleAction,
        `You already approved this request; it needs ${request.requiredApprovals} different approvers.`,
        { approvalRequestId: request.id },
      );
    }
    const at = now.toISOString();
    const approved = withEvent(
      { ...request, approvals: [...request.approvals, { ...person(actor), at }] },
      { at, by: person(actor), event: 'approved' },
    );
    return approved.approvals.length >= approved.requiredApprovals
      ? startApply(approved, at, 'applyStarted')
      : approved;
  };
}

export function reject(actor: Actor, now: Date, comment: string | undefined) {
  return (request: ApprovalRequest): ApprovalRequest => {
    checkDecider(request, actor, 'Rejecting a change');
    checkPending(request, now);
    const at = now.toISOString();
    return withEvent(
      { ...request, status: 'rejected', rejection: { ...person(actor), at, comment } },
      { at, by: person(actor), event: 'rejected', note: comment },
    );
  };
}

export function cancel(actor: Actor, now: Date) {
  return (request: ApprovalRequest): ApprovalRequest => {
    if (!samePerson(actor.id, request.requester.id)) {
      throw new CodedError(
        ErrorCode.MissingRole,
        `Only ${request.requester.displayName}, who asked for this change, can cancel it.`,
        { approvalRequestId: request.id },
      );
    }
    checkPending(request, now);
    const at = now.toISOString();
    return withEvent(
      { ...request, status: 'cancelled', cancelledAt: at },
      { at, by: person(actor), event: 'cancelled' },
    );
  };
}

export function retry(actor: Actor, now: Date) {
  return (request: ApprovalRequest): ApprovalRequest => {
    checkDecider(request, actor, 'Retrying a change');
    checkRetryable(request, now);
    return startApply(request, now.toISOString(), 'retried', person(actor));
  };
}

/** Takes over an apply left in "applying" (a restart): a new attempt, so a new marker. */
export function resume(attempt: number, now: Date) {
  return (request: ApprovalRequest): ApprovalRequest | undefined => {
    if (request.status !== 'applying' || request.applyAttempt !== attempt) return undefined;
    return startApply(request, now.toISOString(), 'applyResumed');
  };
}

/** Records the outcome of the apply attempt that is still current (a later attempt wins). */
/**
 * Entra refused the approver's own token (a missing or inactive directory role, MFA, no sign-in): the change was not
 * made, and another approver (or the same one, once Entra allows them) can still approve it.
 */
export const ENTRA_REFUSALS: readonly string[] = [
  ErrorCode.EntraRoleMissing,
  ErrorCode.EntraChallenge,
  ErrorCode.SignInRequired,
];

export function finish(attempt: number, result: ApplyResult) {
  return (request: ApprovalRequest): ApprovalRequest | undefined => {
    if (request.status !== 'applying' || request.applyAttempt !== attempt) return undefined;
    if (result.outcome === 'failed' && ENTRA_REFUSALS.includes(result.errorCode ?? '')) {
      // The refused approval is withdrawn so the request waits for an approver Entra lets make the change.
      const refused = request.approvals.at(-1);
      return withEvent(
        { ...request, status: 'pending', approvals: request.approvals.slice(0, -1), result },
        { at: result.at, by: refused && person(refused), event: 'failed', note: result.detail },
      );
    }
    return withEvent(
      { ...request, status: result.outcome, result },
      { at: result.at, event: result.outcome, note: result.detail },
    );
  };
}

/** Marks a pending request past its expiry as expired (listings and clicks both do it). */
export function expire(now: Date) {
  return (request: ApprovalRequest): ApprovalRequest | undefined => {
    if (!isExpired(request, now)) return undefined;
    return withEvent({ ...request, status: 'expired' }, { at: now.toISOString(), event: 'expired' });
  };
}
