import { z } from 'zod';
import { renderApprovalPreviewCard } from '../../../cards/approvalPreview';
import { Verb } from '../../../cards/verbs';
import { verifiedActor } from '../../access';
import { defineOperation } from '../../operations/operation';
import { addressName, conversationAddress } from '../../shared/changeRequests/address';
import { tenantOf } from '../../turn/context';
import { requestCard } from './publishDecision';
import type { ApprovalsServices } from './services';

/**
 * Submit on the preview card: the draft (looked up, never read from the card) becomes a request and its card
 * is posted.
 */
export const approvalSubmit = defineOperation<ApprovalsServices>()({
  name: 'approvalSubmit',
  title: 'Submit a change for approval',
  role: 'operator',
  button: {
    verb: Verb.approvalSubmit,
    title: 'Submitting a change for approval',
    data: z.object({ draftId: z.string().uuid() }).strict(),
    run:
      (services) =>
      async ({ context, log }, { draftId }) => {
        const { service, publisher } = services;
        const address =
          (await service.store.approvalsChannel(tenantOf(context) ?? '-')) ?? conversationAddress(context);
        const { request, changed } = await service.submit(draftId, verifiedActor(context), address);
        // Only the click that created the request posts its card (a double click finds it created).
        if (changed) {
          const activityId = await publisher.post(address, requestCard(services, request));
          if (activityId) await service.recordCard(request.id, activityId);
          log.info({ requestId: request.id, posted: !!activityId }, 'approval card posted');
        }
        const where = addressName(request.approvalAddress);
        return renderApprovalPreviewCard(request, {
          submittedTo: where === 'this chat' ? 'this chat' : where,
          ttlHours: service.policy.ttlHours,
        });
      },
  },
});
