import { z } from 'zod';
import { renderApprovalPreviewCard } from '../../../cards/approvalPreview';
import { renderSetupCard } from '../../../cards/setupCard';
import { SetupVerb } from '../../../cards/setupVerbs';
import { CodedError, ErrorCode } from '../../../errors';
import { verifiedActor } from '../../access';
import { defineOperation } from '../../operations/operation';
import { conversationAddress } from '../../shared/changeRequests/address';
import { checkConfirmationAge, issuedAt } from '../../turn/confirmation';
import type { SetupServices } from './services';

/**
 * "Ask for approval to create what is missing". Guided setup writes this tenant's partner policy, so it needs two
 * approvers (approvals/policy.ts): the plan is read again from Graph here (the card says only which target) and shown
 * as a request with the partner policy before and after; the setup runs once it is approved.
 */
export const setupRun = defineOperation<SetupServices>()({
  name: 'setupRun',
  title: 'Ask for approval to set up sync',
  role: 'operator',
  button: {
    verb: SetupVerb.run,
    title: 'Asking to set up sync to a new target',
    data: z.object({ target: z.string().uuid(), trust: z.enum(['yes', 'no']).default('no'), issuedAt }),
    run:
      ({ inspect, approvals, confirmationTtlHours }) =>
      async ({ context, log }, { target, trust, issuedAt: stamp }) => {
        checkConfirmationAge(stamp, confirmationTtlHours);
        if (!approvals)
          throw new CodedError(
            ErrorCode.NotSupported,
            'Guided setup needs an approval, and approvals are not running in this bot.',
          );
        const plan = await inspect(target);
        // A second configuration to the same target is never drafted (a second click, an old card, a forged one).
        if (plan.existing.length > 0) {
          log.info({ target: plan.target.tenantId }, 'setup: a configuration to this target exists, nothing drafted');
          return renderSetupCard({ plan, buttons: [], run: { plan, steps: [], outcome: 'conflict' } });
        }
        const draft = await approvals.previewSetup({
          actor: verifiedActor(context),
          plan,
          trust: trust === 'yes',
          requesterAddress: conversationAddress(context),
        });
        log.info({ target: plan.target.tenantId, trust, draftId: draft.id }, 'setup: approval preview');
        return renderApprovalPreviewCard(draft, { ttlHours: approvals.policy.ttlHours });
      },
  },
});
