import { z } from 'zod';
import { renderApprovalListCard } from '../../../cards/approvalList';
import { defineOperation } from '../../operations/operation';
import { oneConfiguration } from '../../shared/oneConfiguration';
import { sendCard } from '../../turn/reply';
import type { ApprovalsServices } from './services';

/** "approval history for Contoso A": every change request, who decided, and the outcome. */
export const approvalHistory = defineOperation<ApprovalsServices>()({
  name: 'approvalHistory',
  title: 'Approval history',
  role: 'reader',
  command: {
    description:
      'Lists every change request of a configuration with who decided, when, the Graph change and the ' +
      'provisioning outcome.',
    parameters: z.object({ configuration: z.string().trim().max(200).optional() }),
    examples: ['approval history for Contoso A'],
    patterns: [
      /^(?:show |list )?(?:the )?approvals? (?:history|log|audit)(?: (?:for|of|on) (?:the )?(?<configuration>.+))?$/i,
    ],
    run:
      ({ catalog, service }) =>
      async ({ context }, { configuration }) => {
        const config = configuration ? await oneConfiguration(catalog, configuration) : undefined;
        const requests = await service.history({ configurationId: config?.servicePrincipalId });
        const title = config ? `Approval history for ${config.displayName}` : 'Approval history';
        await sendCard(context, renderApprovalListCard(title, requests, 'No change has been requested yet.'));
      },
  },
});
