import { z } from 'zod';
import { inspectSetup } from '../../sync/setup';
import { setupPlanCard } from '../setup/setupCards';
import { setupOf } from '../setup/deps';
import { sendCard } from '../turn/reply';
import { defineAction } from './action';

const SYNC = /(?:(?:cross[- ]?tenant )?sync(?:hroni[sz]ation)?|a (?:new )?configuration|a new target)/.source;

export const setupSync = defineAction({
  name: 'setupSync',
  title: 'Set up sync to a new target',
  description:
    'Looks up a target tenant by domain or tenant id and shows on one card what exists and what is missing on both sides (partner entries, automatic redemption, trust, allow users sync); on confirmation creates what is missing in this tenant, the configuration, and tests the connection. Nothing is started.',
  parameters: z.object({
    target: z
      .string({ required_error: 'say which tenant, e.g. "set up sync to fabrikam.com"' })
      .trim()
      .min(3, 'say which tenant, e.g. "set up sync to fabrikam.com"')
      .max(253, 'a domain name has at most 253 characters')
      .describe('The target tenant: a verified domain name (fabrikam.com) or its tenant id'),
  }),
  role: 'operator',
  examples: ['set up sync to tailspintoys.com', 'set up sync to 4a5b6c7d-0000-4000-8000-000000000000'],
  patterns: [
    new RegExp(
      `^(?:set ?up|setup|configure|create|add)(?: ${SYNC})? (?:to|with|for) (?:the tenant )?(?<target>\\S+)$`,
      'i',
    ),
  ],
  handler:
    (deps) =>
    async (ctx, _state, { target }) => {
      const setup = setupOf(deps);
      const plan = await inspectSetup({
        gateway: setup.gateway,
        targets: setup.targets,
        sourceTenantId: setup.sourceTenantId,
        target,
      });
      await sendCard(ctx, setupPlanCard(plan, deps.verbs));
      return '';
    },
});
