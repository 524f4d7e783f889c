import { z } from 'zod';
import { previewChange, REASON } from '../approvals/previewChange';
import { defineAction } from './action';

export const requestScopeMode = defineAction({
  name: 'requestScopeMode',
  title: 'Request sync all or assigned only',
  description:
    'Asks to switch a configuration between "sync all users and groups" and "sync only assigned users and groups", after showing the impact.',
  parameters: z.object({
    mode: z.enum(['all', 'assigned']).describe('all: every internal user; assigned: only assigned users and groups'),
    configuration: z.string().trim().min(1, 'say which configuration').max(200),
    reason: z.string().trim().max(500).optional(),
  }),
  role: 'operator',
  examples: ['sync all users in Contoso B', 'sync only assigned users in Contoso B'],
  patterns: [
    new RegExp(`^sync (?<mode>all) users(?: and groups)? (?:in|on|for) (?:the )?(?<configuration>.+?)${REASON}$`, 'i'),
    new RegExp(
      `^sync only (?<mode>assigned) users(?: and groups)? (?:in|on|for) (?:the )?(?<configuration>.+?)${REASON}$`,
      'i',
    ),
  ],
  handler: (deps) => async (ctx, _state, params) =>
    previewChange(ctx, deps, {
      configuration: params.configuration,
      reason: params.reason,
      change: () => ({ kind: 'setScopeMode', scopeMode: params.mode === 'all' ? 'allUsers' : 'assignedOnly' }),
    }),
});
