import { z } from 'zod';
import { defineOperation } from '../../operations/operation';
import { previewChange, REASON } from '../../shared/changeRequests/previewChange';
import type { ApprovalsServices } from './services';

const EXISTING = /(?<existing> for existing users(?: too)?| always| including existing users)?/.source;

/** "set user type to Guest on Contoso A": the impact on one card, with Submit. */
export const requestUserType = defineOperation<ApprovalsServices>()({
  name: 'requestUserType',
  title: 'Request a user type mapping change',
  role: 'operator',
  command: {
    description:
      'Asks to set the userType mapping of a configuration to Guest or Member. By default it applies only when ' +
      'users are created; add "for existing users too" to change users already in the target.',
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
    examples: ['set user type to Guest on Contoso A', 'set user type to Member on Contoso A for existing users too'],
    patterns: [
      new RegExp(
        '^(?:set|change|make) (?:the )?user ?type(?: mapping)? to (?<userType>guest|member) ' +
          `(?:on|in|for) (?:the )?(?<configuration>.+?)${EXISTING}${REASON}$`,
        'i',
      ),
    ],
    run:
      (services) =>
      async ({ context }, params) =>
        previewChange(context, services, {
          configuration: params.configuration,
          reason: params.reason,
          change: () => ({
            kind: 'setUserType',
            userType: params.userType === 'guest' ? 'Guest' : 'Member',
            applyToExisting: !!params.existing?.trim(),
          }),
        }),
  },
});
