import { z } from 'zod';
import { previewChange, REASON } from '../approvals/previewChange';
import { defineAction } from './action';

export const requestUserType = defineAction({
  name: 'requestUserType',
  title: 'Request a user type mapping change',
  description:
    'Asks to set the userType mapping of a configuration to Guest or Member. By default it applies only when users are created; add "for existing users too" to change users already in the target.',
  parameters: z.object({
    userType: z
      .string()
      .trim()
      .transform((v) => v.toLowerCase())
      .pipe(z.enum(['guest', 'member'], { errorMap: () => ({ message: 'the user type is Guest or Member' }) })),
    configuration: z.string().trim().min(1, 'say which configuration').max(200),
    existing: z
      .string()
      .max(100)
      .optional()
      .describe('Present when existing users should change too (flowType Always)'),
    reason: z.string().trim().max(500).optional(),
  }),
  role: 'operator',
  examples: ['set user type to Guest on Contoso A', 'set user type to Member on Contoso A for existing users too'],
  patterns: [
    new RegExp(
      `^(?:set|change|make) (?:the )?user ?type(?: mapping)? to (?<userType>guest|member) (?:on|in|for) (?:the )?(?<configuration>.+?)(?<existing> for existing users(?: too)?| always| including existing users)?${REASON}$`,
      'i',
    ),
  ],
  handler: (deps) => async (ctx, _state, params) =>
    previewChange(ctx, deps, {
      configuration: params.configuration,
      reason: params.reason,
      change: () => ({
        kind: 'setUserType',
        userType: params.userType === 'guest' ? 'Guest' : 'Member',
        applyToExisting: !!params.existing?.trim(),
      }),
    }),
});
