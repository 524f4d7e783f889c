import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { Decided } from '../../approvals/service';
import type { ApprovalService } from '../../approvals/service';
import { Verb } from '../../cards/verbs';
import type { Actor } from '../../domain';
import { verifiedActor } from '../access';
import { approvalsOf } from '../approvals/deps';
import { publishDecision, requestCard } from '../approvals/publishDecision';
import type { BotDeps } from '../deps';
import { turnLogger } from '../turn/logger';
import { defineVerb, VerbRoute } from './verb';

/**
 * The buttons of the approval card. The card carries only the request id (plus the comment
 * input); the request, the clicking user and their roles come from storage and Entra.
 */
const DecisionData = z.object({ requestId: z.string().uuid(), comment: z.string().max(1000).optional() }).strict();

type Decide = (service: ApprovalService, id: string, actor: Actor, comment?: string) => Promise<Decided>;

function decisionVerb(
  verb: string,
  role: 'approver' | 'operator',
  title: string,
  decide: Decide,
): VerbRoute<typeof DecisionData> {
  return defineVerb({
    verb,
    role,
    title,
    data: DecisionData,
    handler:
      (deps: BotDeps) =>
      async (ctx: TurnContext, _state, { requestId, comment }) => {
        const approvals = approvalsOf(deps);
        const log = turnLogger(ctx, deps.logger).child({ requestId });
        const decided = await decide(approvals.service, requestId, verifiedActor(ctx), comment);
        log.info({ status: decided.request.status, changed: decided.changed }, 'approval decision');
        await publishDecision(approvals, decided.request, log);
        return requestCard(approvals, decided.request);
      },
  });
}

export const approvalApproveVerb = decisionVerb(
  Verb.approvalApprove,
  'approver',
  'Approving a change',
  (s, id, actor) => s.approve(id, actor),
);
export const approvalRejectVerb = decisionVerb(
  Verb.approvalReject,
  'approver',
  'Rejecting a change',
  (s, id, actor, comment) => s.reject(id, actor, comment),
);
// The requester cancels: the domain checks it is them; the operator role is what requesting needed.
export const approvalCancelVerb = decisionVerb(
  Verb.approvalCancel,
  'operator',
  'Cancelling a request',
  (s, id, actor) => s.cancel(id, actor),
);
export const approvalRetryVerb = decisionVerb(Verb.approvalRetry, 'approver', 'Retrying a change', (s, id, actor) =>
  s.retry(id, actor),
);
