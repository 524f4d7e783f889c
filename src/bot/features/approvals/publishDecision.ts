import { describeChange, describeOutcome } from '../../../approvals/describe';
import type { ApprovalRequest } from '../../../approvals/model';
import { renderApprovalRequestCard } from '../../../cards/approvalRequest';
import type { AdaptiveCard } from '../../../cards/render';
import type { Logger } from '../../../logging';
import type { ApprovalsServices } from './services';

type Publishing = Pick<ApprovalsServices, 'publisher' | 'approverRoleNames' | 'approverMentions'>;

const TOLD: ReadonlySet<ApprovalRequest['status']> = new Set([
  'applied',
  'noLongerApplies',
  'failed',
  'rejected',
  'expired',
]);

export function requestCard(
  approvals: Pick<ApprovalsServices, 'approverRoleNames' | 'approverMentions'>,
  request: ApprovalRequest,
): AdaptiveCard {
  return renderApprovalRequestCard(request, {
    approverRoleNames: approvals.approverRoleNames,
    approverMentions: approvals.approverMentions,
  });
}

/**
 * After a stored decision: the posted card is updated for everyone and, once the request is
 * settled, the requester is told in their own conversation. The decision is already stored,
 * so a delivery failure is logged, not thrown.
 */
export async function publishDecision(approvals: Publishing, request: ApprovalRequest, log: Logger): Promise<void> {
  if (request.approvalAddress && request.cardActivityId) {
    try {
      await approvals.publisher.update(
        request.approvalAddress,
        request.cardActivityId,
        requestCard(approvals, request),
      );
    } catch (error) {
      log.warn({ err: error, requestId: request.id }, 'could not update the posted approval card');
    }
  }
  if (request.requesterAddress && TOLD.has(request.status)) {
    try {
      await approvals.publisher.tell(
        request.requesterAddress,
        `Your request "${describeChange(request.change, request.configurationName)}": ${describeOutcome(request)}`,
      );
    } catch (error) {
      log.warn({ err: error, requestId: request.id }, 'could not tell the requester');
    }
  }
}

/** Applies interrupted by a restart or a dead instance are finished, then announced like any decision. */
export async function resumeInterruptedApprovals(
  approvals: Publishing & Pick<ApprovalsServices, 'service'>,
  log: Logger,
  olderThanMs = 0,
): Promise<number> {
  const resumed = await approvals.service.resumeStuck(olderThanMs);
  for (const request of resumed) await publishDecision(approvals, request, log);
  if (resumed.length > 0) log.info({ count: resumed.length }, 'resumed interrupted approvals');
  return resumed.length;
}
