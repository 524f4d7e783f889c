import { z } from 'zod';
import { defineOperation } from '../../operations/operation';
import { previewChange, REASON } from '../../shared/changeRequests/previewChange';
import type { ApprovalsServices } from './services';

const CONFIG = /(?:the )?(?:(?:configuration|config) )?(?<configuration>.+?)/.source;

/** "add the Sales group to Contoso A": the impact on one card, with Submit. */
export const requestScopeAssignment = defineOperation<ApprovalsServices>()({
  name: 'requestScopeAssignment',
  title: 'Request a scope change',
  role: 'operator',
  command: {
    description:
      'Asks to add a user or group to a configuration, or remove one from it, after showing the impact ' +
      '(who enters or leaves scope and is soft-deleted in the target). Nothing changes until an approver approves.',
    parameters: z.object({
      operation: z.enum(['add', 'remove']).describe('add: assign to the configuration; remove: unassign'),
      principal: z
        .string()
        .trim()
        .min(1, 'say which user or group')
        .max(256)
        .describe('The user or group, e.g. "the Sales group" or "Lee Gu"'),
      configuration: z.string().trim().min(1, 'say which configuration').max(200),
      reason: z.string().trim().max(500).optional().describe('Why, shown to the approvers'),
    }),
    examples: ['add the Sales group to Contoso A', 'remove Lee Gu from Contoso A because he left the project'],
    patterns: [
      new RegExp(`^(?<operation>add|assign) (?<principal>.+?) (?:to|into) ${CONFIG}${REASON}$`, 'i'),
      new RegExp(`^(?<operation>remove|unassign) (?<principal>.+?) from ${CONFIG}${REASON}$`, 'i'),
    ],
    run:
      (services) =>
      async ({ context }, params) =>
        previewChange(context, services, {
          configuration: params.configuration,
          reason: params.reason,
          change: async () => {
            const principal = await services.service.findPrincipal(params.principal);
            return params.operation === 'add'
              ? { kind: 'addPrincipal', principal }
              : { kind: 'removePrincipal', principal };
          },
        }),
  },
});
