import template from '../../cards/approval-list.json';
import { describeChange, describeOutcome } from '../approvals/describe';
import type { ApprovalRequest } from '../approvals/model';
import { formatTime, TextColor } from './format';
import { AdaptiveCard, Fact, renderTemplate } from './render';

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

/** Pending approvals or the history of a configuration: each decision linked to its Graph change. */
export function renderApprovalListCard(title: string, requests: ApprovalRequest[], empty: string): AdaptiveCard {
  return renderTemplate(template, {
    title,
    empty,
    requests: requests.map((r) => ({
      change: describeChange(r.change, r.configurationName),
      outcome: describeOutcome(r),
      color: COLOR[r.status],
      facts: facts(r),
    })),
  });
}

function facts(r: ApprovalRequest): Fact[] {
  const out: Fact[] = [{ title: 'Requested', value: `${r.requester.displayName}, ${formatTime(r.createdAt)}${r.reason ? ` ("${r.reason}")` : ''}` }];
  if (r.status === 'pending') out.push({ title: 'Expires', value: formatTime(r.expiresAt) });
  if (r.result?.graphObjectId) out.push({ title: 'Graph object', value: r.result.graphObjectId });
  if (r.result?.graphRequestId) out.push({ title: 'Graph request id', value: r.result.graphRequestId });
  if (r.result?.provisioning) out.push({ title: 'Provisioning', value: r.result.provisioning });
  out.push({ title: 'Request id', value: r.id });
  return out;
}
