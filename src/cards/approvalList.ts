import template from '../../cards/approval-list.json';
import { describeChange, describeOutcome } from '../approvals/describe';
import type { ApprovalRequest } from '../approvals/model';
import { formatTime, TextColor } from './format';
import { andMore, clip, firstOf, NAME_CHARS } from './messageBudget';
import { AdaptiveCard, Fact, renderTemplate } from './render';

/**
 * Requests a list shows at most. One takes up to about 1,800 JSON characters (its change, outcome, the
 * requester and a 200-character reason, the Graph ids): 10 stay within the message budget (messageBudget.ts).
 */
export const MAX_APPROVALS_SHOWN = 10;
/** The change and the outcome as the list words them. */
const SENTENCE_CHARS = 300;
/** The requester's reason as the list quotes it; the approval card itself has all of it. */
const REASON_CHARS = 200;

const COLOR: Record<ApprovalRequest['status'], TextColor> = {
  pending: 'Accent',
  applying: 'Accent',
  applied: 'Good',
  noLongerApplies: 'Warning',
  failed: 'Attention',
  rejected: 'Warning',
  cancelled: 'Default',
  expired: 'Default',
};

/**
 * Pending approvals or the history of a configuration, in the order given: each decision linked to its Graph change.
 */
export function renderApprovalListCard(title: string, requests: ApprovalRequest[], empty: string): AdaptiveCard {
  const { shown, hidden } = firstOf(requests, MAX_APPROVALS_SHOWN);
  return renderTemplate('approval-list', template, {
    title,
    empty,
    requests: shown.map((r) => ({
      change: clip(describeChange(r.change, r.configurationName), SENTENCE_CHARS),
      outcome: clip(describeOutcome(r), SENTENCE_CHARS),
      color: COLOR[r.status],
      facts: facts(r),
    })),
    more: hidden > 0 ? andMore(hidden) : '',
  });
}

function facts(r: ApprovalRequest): Fact[] {
  const out: Fact[] = [
    {
      title: 'Requested',
      value:
        `${clip(r.requester.displayName, NAME_CHARS)}, ` +
        `${formatTime(r.createdAt)}${r.reason ? ` ("${clip(r.reason, REASON_CHARS)}")` : ''}`,
    },
  ];
  if (r.status === 'pending') out.push({ title: 'Expires', value: formatTime(r.expiresAt) });
  if (r.result?.graphObjectId) out.push({ title: 'Graph object', value: r.result.graphObjectId });
  if (r.result?.graphRequestId) out.push({ title: 'Graph request id', value: r.result.graphRequestId });
  if (r.result?.provisioning) out.push({ title: 'Provisioning', value: clip(r.result.provisioning, SENTENCE_CHARS) });
  out.push({ title: 'Request id', value: r.id });
  return out;
}
