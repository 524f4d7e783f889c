import { z } from 'zod';
import { findPrincipal } from '../approvals/findPrincipal';
import { approvalsOf } from '../approvals/deps';
import { previewChange, REASON } from '../approvals/previewChange';
import { defineAction } from './action';

const CONFIG = /(?:the )?(?:(?:configuration|config) )?(?<configuration>.+?)/.source;

export const requestScopeAssignment = defineAction({
  name: 'requestScopeAssignment',
  title: 'Request a scope change',
  description:
    'Asks to add a user or group to a configuration, or remove one from it, after showing the impact (who enters or leaves scope and is soft-deleted in the target). Nothing changes until an approver approves.',
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
  role: 'operator',
  examples: ['add the Sales group to Contoso A', 'remove Lee Gu from Contoso A because he left the project'],
  patterns: [
    new RegExp(`^(?<operation>add|assign) (?<principal>.+?) (?:to|into) ${CONFIG}${REASON}$`, 'i'),
    new RegExp(`^(?<operation>remove|unassign) (?<principal>.+?) from ${CONFIG}${REASON}$`, 'i'),
  ],
  handler: (deps) => async (ctx, _state, params) =>
    previewChange(ctx, deps, {
      configuration: params.configuration,
      reason: params.reason,
      change: async () => {
        const principal = await findPrincipal(approvalsOf(deps).gateway, params.principal);
        return params.operation === 'add'
          ? { kind: 'addPrincipal', principal }
          : { kind: 'removePrincipal', principal };
      },
    }),
});
