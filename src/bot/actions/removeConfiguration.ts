import { z } from 'zod';
import { previewChange, REASON } from '../approvals/previewChange';
import { defineAction } from './action';

export const removeConfiguration = defineAction({
  name: 'removeConfiguration',
  title: 'Remove a configuration',
  description:
    'Asks to remove a configuration: shows that synchronization stops and that users already synchronized stay in the target, then, once approved, deletes its service principal and application.',
  parameters: z.object({
    configuration: z
      .string({ required_error: 'say which configuration, e.g. "remove Contoso B"' })
      .trim()
      .min(1, 'say which configuration')
      .max(200),
    reason: z.string().trim().max(500).optional(),
  }),
  role: 'operator',
  examples: ['remove Contoso B', 'delete configuration Contoso B because the project ended'],
  patterns: [
    new RegExp(
      `^(?:remove|delete) (?!.* (?:from|of|on) )(?:the )?(?:(?:sync |cross[- ]tenant )?(?:configuration|config) )?(?<configuration>.+?)${REASON}$`,
      'i',
    ),
  ],
  handler: (deps) => async (ctx, _state, params) =>
    previewChange(ctx, deps, {
      configuration: params.configuration,
      reason: params.reason,
      change: () => ({ kind: 'removeConfiguration' }),
    }),
});
