import { z } from 'zod';
import { renderApprovalPreviewCard } from '../../cards/approvalPreview';
import { Verb } from '../../cards/verbs';
import { verifiedActor } from '../access';
import { addressName, conversationAddress } from '../approvals/address';
import { approvalsOf } from '../approvals/deps';
import { requestCard } from '../approvals/publishDecision';
import { tenantOf } from '../turn/context';
import { turnLogger } from '../turn/logger';
import { defineVerb } from './verb';

/** Submit on the preview card: the draft (looked up, never read from the card) becomes a request and its card is posted. */
export const approvalSubmitVerb = defineVerb({
  verb: Verb.approvalSubmit,
  role: 'operator',
  title: 'Submitting a change for approval',
  data: z.object({ draftId: z.string().uuid() }).strict(),
  handler:
    (deps) =>
    async (ctx, _state, { draftId }) => {
      const approvals = approvalsOf(deps);
      const log = turnLogger(ctx, deps.logger);
      const address =
        (await approvals.service.store.approvalsChannel(tenantOf(ctx) ?? '-')) ?? conversationAddress(ctx);
      const { request, changed } = await approvals.service.submit(draftId, verifiedActor(ctx), address);
      // Only the click that created the request posts its card (a double click finds it created).
      if (changed) {
        const activityId = await approvals.publisher.post(address, requestCard(approvals, request));
        if (activityId) await approvals.service.recordCard(request.id, activityId);
        log.info({ requestId: request.id, posted: !!activityId }, 'approval card posted');
      }
      const where = addressName(request.approvalAddress);
      return renderApprovalPreviewCard(request, {
        submittedTo: where === 'this chat' ? 'this chat' : where,
        ttlHours: approvals.service.policy.ttlHours,
      });
    },
});
