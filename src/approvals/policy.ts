import { CodedError, ErrorCode } from '../errors';
import { type Actor, samePerson, type SyncSettings } from '../domain';
import type { DirectChange } from '../sync/settings';
import type { ApprovalRequest, Change, Impact } from './model';

/**
 * The risk-based approval policy, in one place: which changes need an approval at all, how many different
 * approvers each needs, and how long requests, drafts and confirmations live. `help approvals` shows `approvalRules`.
 */
export interface ApprovalPolicy {
  /** Requests, drafts (previews) and confirmation cards expire after this many hours; so does an approval's Retry. */
  ttlHours: number;
  /** Removals affecting more users than this need two distinct approvers. */
  twoApproversAbove: number;
  /** Adding a group with more direct members than this (or of unknown size) needs two distinct approvers. */
  twoApproversGroupSize?: number;
  /** Closed requests (applied, rejected, expired...) are deleted this many days after they were created. */
  retentionDays?: number;
}

export const DEFAULT_GROUP_SIZE = 100;
export const DEFAULT_RETENTION_DAYS = 90;

/** One line of the policy as `help approvals` shows it. */
export interface ApprovalRule {
  change: string;
  /** 0: no approval, an operator confirms it on a card. */
  approvers: 0 | 1 | 2;
  why: string;
}

/** The policy in words, with the thresholds this bot runs with. */
export function approvalRules(policy: ApprovalPolicy): ApprovalRule[] {
  const groupSize = policy.twoApproversGroupSize ?? DEFAULT_GROUP_SIZE;
  return [
    {
      change: 'Sync all users (scope "all users and groups")',
      approvers: 2,
      why: 'every internal member is provisioned',
    },
    {
      change: `Add a group of more than ${groupSize} members, or of unknown size`,
      approvers: 2,
      why: 'many people appear in the partner tenant at once',
    },
    { change: 'Remove a configuration', approvers: 2, why: 'synchronization to that tenant stops for good' },
    { change: 'Allow held-back deletions (ForceDeletes)', approvers: 2, why: 'users are deleted in the target' },
    {
      change: 'Turn accidental-deletion prevention off, or raise its threshold',
      approvers: 2,
      why: 'removes the brake on mass deletions',
    },
    {
      change: 'Guided setup (writes the partner policy and creates a configuration)',
      approvers: 2,
      why: 'opens this tenant to a new partner; the card shows the partner policy before and after',
    },
    {
      change:
        'Remove a user or group, or sync only assigned users, affecting more than ' +
        `${policy.twoApproversAbove} users`,
      approvers: 2,
      why: 'users leaving scope are soft-deleted in the target',
    },
    {
      change: 'Redirect failure e-mail, or turn failure e-mail off',
      approvers: 1,
      why: 'changes nothing in the directory, but could hide failures; one other person checks the address',
    },
    {
      change: 'Any other scope or mapping change (add a user or a small group, user type, display name, address list)',
      approvers: 1,
      why: 'someone other than the requester checks the impact',
    },
    {
      change: 'Turn deletion prevention or failure e-mail on, or lower the threshold',
      approvers: 0,
      why: 'makes the configuration safer: an operator confirms it on a card, no approval',
    },
  ];
}

/** How many different approvers a change needs (the requester never counts). */
export function requiredApprovals(change: Change, impact: Impact, policy: ApprovalPolicy): number {
  switch (change.kind) {
    case 'setScopeMode':
      if (change.scopeMode === 'allUsers') return 2;
      return removalApprovals(impact, policy);
    case 'removePrincipal':
      return removalApprovals(impact, policy);
    case 'addPrincipal':
      if (change.principal.type !== 'Group') return 1;
      return impact.groupSize === undefined || impact.groupSize > (policy.twoApproversGroupSize ?? DEFAULT_GROUP_SIZE)
        ? 2
        : 1;
    case 'removeConfiguration':
    case 'allowDeletes':
    case 'setup':
      return 2;
    case 'setSetting':
      return settingApprovals(change.before, change.setting);
    case 'setUserType':
    case 'setMapping':
      return 1;
  }
}

function removalApprovals(impact: Impact, policy: ApprovalPolicy): number {
  if (impact.leaving === undefined) return 2;
  return impact.leaving > policy.twoApproversAbove ? 2 : 1;
}

/**
 * A direct settings change measured against the settings now: 0 when it makes the configuration safer (an operator
 * confirms it, no approval), otherwise the number of approvers.
 */
export function settingApprovals(before: SyncSettings, change: DirectChange): 0 | 1 | 2 {
  switch (change.kind) {
    case 'deleteThresholdEnabled':
      return change.enabled ? 0 : 2;
    case 'deleteThreshold':
      // With prevention off, any threshold turns it on: safer. With it on, only lowering is safer.
      return before.deleteThresholdEnabled && change.value > (before.deleteThresholdValue ?? 0) ? 2 : 0;
    case 'notificationEmail':
      return (before.notificationEmail ?? '').toLowerCase() === change.email.toLowerCase() ? 0 : 1;
    case 'notifications':
      return change.enabled ? 0 : 1;
  }
}

export function isExpired(request: ApprovalRequest, now: Date): boolean {
  return request.status === 'pending' && now.getTime() >= Date.parse(request.expiresAt);
}

/** Whether something created at `createdAt` (a draft, a confirmation card) is older than the request TTL. */
export function isPastTtl(createdAt: string, policy: Pick<ApprovalPolicy, 'ttlHours'>, now: Date): boolean {
  const created = Date.parse(createdAt);
  return Number.isNaN(created) || now.getTime() - created >= policy.ttlHours * 3600_000;
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
      { approvalRequestId: request.id },
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

/** A failed apply may be retried only while the request is within its TTL: an old approval is not reused. */
export function checkRetryable(request: ApprovalRequest, now: Date): void {
  if (request.status !== 'failed') throw stale(request, 'Only a change whose apply failed can be retried.');
  if (now.getTime() >= Date.parse(request.expiresAt)) {
    throw stale(
      request,
      `This approval expired at ${request.expiresAt.slice(0, 16).replace('T', ' ')} UTC, so it cannot be retried. ` +
        `Ask for the change again.`,
    );
  }
}

export function stale(request: ApprovalRequest, message: string): CodedError {
  return new CodedError(ErrorCode.StaleAction, message, {
    approvalRequestId: request.id,
    approvalStatus: request.status,
  });
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
