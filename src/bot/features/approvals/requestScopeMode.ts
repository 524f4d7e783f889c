import { z } from 'zod';
import { defineOperation } from '../../operations/operation';
import { previewChange, REASON } from '../../shared/changeRequests/previewChange';
import type { ApprovalsServices } from './services';

/** "sync all users in Contoso B": the impact on one card, with Submit. */
export const requestScopeMode = defineOperation<ApprovalsServices>()({
  name: 'requestScopeMode',
  title: 'Request sync all or assigned only',
  role: 'operator',
  command: {
    description:
      'Asks to switch a configuration between "sync all users and groups" and ' +
      '"sync only assigned users and groups", after showing the impact.',
    parameters: z.object({
      mode: z.enum(['all', 'assigned']).describe('all: every internal user; assigned: only assigned users and groups'),
      configuration: z.string().trim().min(1, 'say which configuration').max(200),
      reason: z.string().trim().max(500).optional(),
    }),
    examples: ['sync all users in Contoso B', 'sync only assigned users in Contoso B'],
    patterns: [
      new RegExp(
        `^sync (?<mode>all) users(?: and groups)? (?:in|on|for) (?:the )?(?<configuration>.+?)${REASON}$`,
        'i',
      ),
      new RegExp(
        `^sync only (?<mode>assigned) users(?: and groups)? (?:in|on|for) (?:the )?(?<configuration>.+?)${REASON}$`,
        'i',
      ),
    ],
    run:
      (services) =>
      async ({ context }, params) =>
        previewChange(context, services, {
          configuration: params.configuration,
          reason: params.reason,
          change: () => ({ kind: 'setScopeMode', scopeMode: params.mode === 'all' ? 'allUsers' : 'assignedOnly' }),
        }),
  },
});
