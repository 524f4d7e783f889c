import { z } from 'zod';
import { approvalRules } from '../../../approvals/policy';
import { renderNoticeCard } from '../../../cards/notice';
import { defineOperation } from '../../operations/operation';
import { sendCard } from '../../turn/reply';
import type { HelpServices } from './services';

const APPROVERS = ['No approval: an operator confirms', 'One approver', 'Two different approvers'];

/** "help approvals": the approval policy (approvals/policy.ts) with the thresholds this bot runs with. */
export const helpApprovals = defineOperation<HelpServices>()({
  name: 'helpApprovals',
  title: 'Approval policy',
  role: 'reader',
  command: {
    description: 'Shows which changes need approval, how many approvers each needs, and how long requests live.',
    parameters: z.object({}),
    examples: ['help approvals', 'who has to approve what'],
    patterns: [
      /^help (?:with |on |about )?approvals?(?: policy)?$/i,
      /^(?:approval policy|who (?:has|needs) to approve (?:what|changes))\??$/i,
    ],
    run:
      ({ approvalPolicy }) =>
      async ({ context }) => {
        if (!approvalPolicy) {
          await sendCard(
            context,
            renderNoticeCard({
              title: 'Approval policy',
              tone: 'warning',
              lines: ['Approvals are not running in this bot, so changes that need approval cannot be requested.'],
            }),
          );
          return;
        }
        const rules = approvalRules(approvalPolicy);
        await sendCard(
          context,
          renderNoticeCard({
            title: 'Approval policy',
            tone: 'default',
            lines: [
              'Nobody approves their own request. Requests, previews and confirmation cards expire after ' +
                `${approvalPolicy.ttlHours} hours; an approval's Retry too.`,
            ],
            sections: [2, 1, 0].map((n) => ({
              title: APPROVERS[n],
              lines: rules.filter((r) => r.approvers === n).map((r) => `${r.change}: ${r.why}.`),
            })),
          }),
        );
      },
  },
});
