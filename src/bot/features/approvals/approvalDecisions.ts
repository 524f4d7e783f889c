import { z } from 'zod';
import type { ApprovalService, Decided } from '../../../approvals/service';
import { Verb } from '../../../cards/verbs';
import type { ActingUser, Actor } from '../../../domain';
import { verifiedActor } from '../../access';
import { defineOperation } from '../../operations/operation';
import { publishDecision, requestCard } from './publishDecision';
import type { ApprovalsServices } from './services';

/**
 * The buttons of the approval card. The card carries only the request id (plus the comment
 * input); the request, the clicking user and their roles come from storage and Entra.
 */
const DecisionData = z.object({ requestId: z.string().uuid(), comment: z.string().max(1000).optional() }).strict();

/** `by`: the clicking person as the one a change is made for (an approval that completes a request applies it). */
type Decide = (
  service: ApprovalService,
  id: string,
  actor: Actor,
  comment: string | undefined,
  by: ActingUser | undefined,
) => Promise<Decided>;

function decision(
  name: string,
  verb: string,
  role: 'approver' | 'operator',
  titles: { operation: string; button: string },
  decide: Decide,
) {
  return defineOperation<ApprovalsServices>()({
    name,
    title: titles.operation,
    role,
    button: {
      verb,
      title: titles.button,
      data: DecisionData,
      resumesItself: true,
      run:
        (services) =>
        async ({ context, log: turnLog, actingUser }, { requestId, comment }) => {
          const log = turnLog.child({ requestId });
          const decided = await decide(services.service, requestId, verifiedActor(context), comment, actingUser);
          log.info({ status: decided.request.status, changed: decided.changed }, 'approval decision');
          await publishDecision(services, decided.request, log);
          return requestCard(services, decided.request);
        },
    },
  });
}

export const approveChange = decision(
  'approveChange',
  Verb.approvalApprove,
  'approver',
  { operation: 'Approve a change', button: 'Approving a change' },
  (s, id, actor, _comment, by) => s.approve(id, actor, by),
);
export const rejectChange = decision(
  'rejectChange',
  Verb.approvalReject,
  'approver',
  { operation: 'Reject a change', button: 'Rejecting a change' },
  (s, id, actor, comment) => s.reject(id, actor, comment),
);
// The requester cancels: the domain checks it is them; the operator role is what requesting needed.
export const cancelRequest = decision(
  'cancelRequest',
  Verb.approvalCancel,
  'operator',
  { operation: 'Cancel a request', button: 'Cancelling a request' },
  (s, id, actor) => s.cancel(id, actor),
);
export const retryChange = decision(
  'retryChange',
  Verb.approvalRetry,
  'approver',
  { operation: 'Retry a change', button: 'Retrying a change' },
  (s, id, actor, _comment, by) => s.retry(id, actor, by),
);

/** In the order of the card's buttons. */
export const approvalDecisions = [approveChange, rejectChange, cancelRequest, retryChange];
