import { z } from 'zod';
import { defineOperation } from '../../operations/operation';
import { previewChange, REASON } from '../../shared/changeRequests/previewChange';
import type { SettingsServices } from './services';

const CONFIGURATION = /(?:the )?(?:(?:sync |cross[- ]tenant )?(?:configuration|config) )?(?<configuration>.+?)/.source;

/** "remove Contoso B": what stops and what stays, on one card with Submit; deleted once approved. */
export const removeConfiguration = defineOperation<SettingsServices>()({
  name: 'removeConfiguration',
  title: 'Remove a configuration',
  role: 'operator',
  command: {
    description:
      'Asks to remove a configuration: shows that synchronization stops and that users already synchronized ' +
      'stay in the target, then, once approved, deletes its service principal and application.',
    parameters: z.object({
      configuration: z
        .string({ required_error: 'say which configuration, e.g. "remove Contoso B"' })
        .trim()
        .min(1, 'say which configuration')
        .max(200),
      reason: z.string().trim().max(500).optional(),
    }),
    examples: ['remove Contoso B', 'delete configuration Contoso B because the project ended'],
    patterns: [new RegExp(`^(?:remove|delete) (?!.* (?:from|of|on) )${CONFIGURATION}${REASON}$`, 'i')],
    run:
      ({ changeRequests }) =>
      async ({ context }, params) =>
        previewChange(context, changeRequests, {
          configuration: params.configuration,
          reason: params.reason,
          change: () => ({ kind: 'removeConfiguration' }),
        }),
  },
});
