import { z } from 'zod';
import { renderApprovalListCard } from '../../cards/approvalList';
import { approvalsOf } from '../approvals/deps';
import { oneConfiguration } from '../approvals/findConfiguration';
import { sendCard } from '../turn/reply';
import { defineAction } from './action';

export const listPendingApprovals = defineAction({
  name: 'listPendingApprovals',
  title: 'Pending approvals',
  description: 'Lists the change requests waiting for approval, being applied or failed.',
  parameters: z.object({}),
  role: 'reader',
  examples: ['pending approvals'],
  patterns: [
    /^(?:(?:show|list|get)(?: me)? (?:the |all )?)?(?:pending|open) (?:approvals?|requests?|approval requests?)$/i,
    /^(?:show |list )?approvals$/i,
  ],
  handler: (deps) => async (ctx) => {
    const requests = await approvalsOf(deps).service.list({ open: true });
    await sendCard(ctx, renderApprovalListCard('Pending approvals', requests, 'Nothing is waiting for approval.'));
    return '';
  },
});

export const approvalHistory = defineAction({
  name: 'approvalHistory',
  title: 'Approval history',
  description:
    'Lists every change request of a configuration with who decided, when, the Graph change and the provisioning outcome.',
  parameters: z.object({ configuration: z.string().trim().max(200).optional() }),
  role: 'reader',
  examples: ['approval history for Contoso A'],
  patterns: [
    /^(?:show |list )?(?:the )?approvals? (?:history|log|audit)(?: (?:for|of|on) (?:the )?(?<configuration>.+))?$/i,
  ],
  handler:
    (deps) =>
    async (ctx, _state, { configuration }) => {
      const approvals = approvalsOf(deps);
      const config = configuration ? await oneConfiguration(deps.catalog, configuration) : undefined;
      const requests = await approvals.service.history({ configurationId: config?.servicePrincipalId });
      const title = config ? `Approval history for ${config.displayName}` : 'Approval history';
      await sendCard(ctx, renderApprovalListCard(title, requests, 'No change has been requested yet.'));
      return '';
    },
});
