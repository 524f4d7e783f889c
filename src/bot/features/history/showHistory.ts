import { z } from 'zod';
import { defineOperation } from '../../operations/operation';
import { oneConfiguration } from '../../shared/oneConfiguration';
import { sendCard } from '../../turn/reply';
import { historyCard } from './historyCard';
import type { HistoryServices } from './services';

const PERIOD_TAIL = '(?: (?<period>today|this week|this month))?';
const PERIOD: Record<string, number> = { today: 1, 'this week': 7, 'this month': 30 };

/** "history Contoso A", "what changed in Contoso B this week". */
export const showHistory = defineOperation<HistoryServices>()({
  name: 'showHistory',
  title: 'Show the history of a configuration',
  role: 'reader',
  command: {
    description:
      'Shows one timeline of a configuration, newest first: changes made in the portal or through the bot (by ' +
      'whom), approvals, runs and their outcomes, alerts and quarantines; a click on a row shows its detail.',
    parameters: z.object({
      configuration: z.string().trim().min(1, 'say which configuration, e.g. "history Contoso A"').max(200),
      period: z.enum(['today', 'this week', 'this month']).optional().describe('How far back (default: 30 days)'),
    }),
    examples: ['history Contoso A', 'what changed in Contoso B this week'],
    patterns: [
      new RegExp(`^(?:show )?(?:the )?(?:history|timeline)(?: of| for)? (?<configuration>.+?)${PERIOD_TAIL}$`, 'i'),
      new RegExp(`^what (?:has )?changed (?:in|on|for) (?<configuration>.+?)${PERIOD_TAIL}$`, 'i'),
    ],
    run:
      (services) =>
      async ({ context }, params) => {
        const config = await oneConfiguration(services.catalog, params.configuration);
        const days = PERIOD[params.period?.toLowerCase() ?? ''] ?? 30;
        await sendCard(context, await historyCard(services, config, { days, page: 1 }));
      },
  },
});
