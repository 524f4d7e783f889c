import { z } from 'zod';
import { defineOperation } from '../../operations/operation';
import { sendCard } from '../../turn/reply';
import type { SetupServices } from './services';
import { setupPlanCard } from './setupPlanCard';

const SYNC = /(?:(?:cross[- ]?tenant )?sync(?:hroni[sz]ation)?|a (?:new )?configuration|a new target)/.source;

/** "set up sync to fabrikam.com": what exists and what is missing on both sides, on one card. */
export const setupSync = defineOperation<SetupServices>()({
  name: 'setupSync',
  title: 'Set up sync to a new target',
  role: 'operator',
  command: {
    description:
      'Looks up a target tenant by domain or tenant id and shows on one card what exists and what is missing on ' +
      'both sides (partner entries, automatic redemption, trust, allow users sync); then asks two approvers, and ' +
      'once approved creates what is missing in this tenant and the configuration (deletion prevention on), and ' +
      'tests the connection. Nothing is started. Inbound trust of MFA and compliant devices is set only when asked.',
    parameters: z.object({
      target: z
        .string({ required_error: 'say which tenant, e.g. "set up sync to fabrikam.com"' })
        .trim()
        .min(3, 'say which tenant, e.g. "set up sync to fabrikam.com"')
        .max(253, 'a domain name has at most 253 characters')
        .describe('The target tenant: a verified domain name (fabrikam.com) or its tenant id'),
      trust: z
        .string()
        .max(80)
        .optional()
        .describe('Present only when the user explicitly asks to trust MFA and compliant devices from the target'),
    }),
    examples: [
      'set up sync to tailspintoys.com',
      'set up sync to 4a5b6c7d-0000-4000-8000-000000000000',
      'set up sync to tailspintoys.com and trust its MFA and compliant devices',
    ],
    patterns: [
      new RegExp(
        `^(?:set ?up|setup|configure|create|add)(?: ${SYNC})? (?:to|with|for) (?:the tenant )?(?<target>\\S+)` +
          `(?:,? (?:and )?(?<trust>trust(?:ing)? (?:its |their )?(?:mfa|multi-?factor).*))?$`,
        'i',
      ),
    ],
    run:
      ({ inspect, verbs }) =>
      async ({ context }, { target, trust }) => {
        await sendCard(context, setupPlanCard(await inspect(target), verbs, trust !== undefined));
      },
  },
});
