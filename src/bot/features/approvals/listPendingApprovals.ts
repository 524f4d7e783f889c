import { z } from 'zod';
import { renderApprovalListCard } from '../../../cards/approvalList';
import { defineOperation } from '../../operations/operation';
import { sendCard } from '../../turn/reply';
import type { ApprovalsServices } from './services';

/** "pending approvals": requests waiting for approval, being applied or failed. */
export const listPendingApprovals = defineOperation<ApprovalsServices>()({
  name: 'listPendingApprovals',
  title: 'Pending approvals',
  role: 'reader',
  command: {
    description: 'Lists the change requests waiting for approval, being applied or failed.',
    parameters: z.object({}),
    examples: ['pending approvals'],
    patterns: [
      /^(?:(?:show|list|get)(?: me)? (?:the |all )?)?(?:pending|open) (?:approvals?|requests?|approval requests?)$/i,
      /^(?:show |list )?approvals$/i,
    ],
    run:
      ({ service }) =>
      async ({ context }) => {
        const requests = await service.list({ open: true });
        await sendCard(
          context,
          renderApprovalListCard('Pending approvals', requests, 'Nothing is waiting for approval.'),
        );
      },
  },
});
