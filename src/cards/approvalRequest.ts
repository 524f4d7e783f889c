import template from '../../cards/approval-request.json';
import { describeChange, describeImpact, describeOutcome } from '../approvals/describe';
import type { ApprovalRequest } from '../approvals/model';
import { formatTime } from './format';
import { boundedLines, clip, LINE_CHARS, PARAGRAPH_CHARS } from './messageBudget';
import { AdaptiveCard, CardMention, Fact, mentionText, renderTemplate, withMentions, withSummary } from './render';

/** Impact lines an approval card shows at most (the leaving users are already a few names). */
export const MAX_IMPACT_LINES = 10;
import { Verb } from './verbs';

const STYLE: Record<ApprovalRequest['status'], string> = {
  pending: 'accent',
  applying: 'accent',
  applied: 'good',
  noLongerApplies: 'warning',
  failed: 'attention',
  rejected: 'warning',
  cancelled: 'default',
  expired: 'default',
};

/** Settled: the requester is mentioned on the updated card. */
const DECIDED: ReadonlySet<ApprovalRequest['status']> = new Set([
  'applied',
  'noLongerApplies',
  'failed',
  'rejected',
  'expired',
]);

/**
 * The approval card: everyone in the approvals conversation sees the same one, updated in place. While it waits it
 * @mentions the approvers configured (APPROVER_MENTIONS) so they are notified; once decided, the requester. Its summary
 * is what Teams shows in the notification.
 */
export function renderApprovalRequestCard(
  request: ApprovalRequest,
  options: { approverRoleNames: string[]; approverMentions?: readonly CardMention[] },
): AdaptiveCard {
  const change = describeChange(request.change, request.configurationName);
  const mentions: CardMention[] =
    request.status === 'pending'
      ? [...(options.approverMentions ?? [])]
      : DECIDED.has(request.status)
        ? [{ id: request.requester.id, name: request.requester.displayName, kind: 'user' }]
        : [];
  const mentionLine =
    mentions.length === 0
      ? ''
      : request.status === 'pending'
        ? `For approval: ${mentions.map(mentionText).join(', ')}`
        : `Requested by ${mentionText(mentions[0])}`;
  const facts: Fact[] = [
    { title: 'Requested by', value: `${request.requester.displayName}, ${formatTime(request.createdAt)}` },
    { title: 'Configuration', value: request.configurationName },
    { title: 'Change', value: describeChange(request.change, request.configurationName) },
    { title: 'Reason', value: request.reason ?? 'None given' },
    {
      title: 'Who may approve',
      value:
        `${request.requiredApprovals === 2 ? 'Two different people' : 'Anyone'} with the approver role ` +
        `(${options.approverRoleNames.join(', ') || 'approver'}), except the requester`,
    },
    { title: 'Expires', value: formatTime(request.expiresAt) },
  ];
  if (request.result?.graphObjectId) facts.push({ title: 'Graph object', value: request.result.graphObjectId });
  if (request.result?.graphRequestId) facts.push({ title: 'Graph request id', value: request.result.graphRequestId });
  facts.push({ title: 'Request id', value: request.id });
  const card = renderTemplate('approval-request', template, {
    title: clip(`Approval request: ${change}`, LINE_CHARS),
    outcome: clip(describeOutcome(request), PARAGRAPH_CHARS),
    mentionLine,
    style: STYLE[request.status],
    facts,
    impact: boundedLines(describeImpact(request.impact), MAX_IMPACT_LINES, PARAGRAPH_CHARS).map((line) => ({ line })),
    showDecision: request.status === 'pending',
    showRetry: request.status === 'failed',
    requestId: request.id,
    verbs: {
      approve: Verb.approvalApprove,
      reject: Verb.approvalReject,
      cancel: Verb.approvalCancel,
      retry: Verb.approvalRetry,
    },
  });
  const summary =
    request.status === 'pending'
      ? `Approval needed: ${change}, requested by ${request.requester.displayName}`
      : `${change}: ${describeOutcome(request)}`;
  return withSummary(withMentions(card, mentions), clip(summary, LINE_CHARS));
}
