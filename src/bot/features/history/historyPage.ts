import { z } from 'zod';
import { Verb } from '../../../cards/verbs';
import { defineOperation } from '../../operations/operation';
import { configurationById } from '../../shared/findConfiguration';
import { historyCard, MAX_HISTORY_DAYS } from './historyCard';
import type { HistoryServices } from './services';

const number = (max: number) => z.coerce.number().int().min(1).max(max);

/** "Newer" and "Older" on a history card: the page replaces the card, computed from the stores as they are now. */
export const historyPage = defineOperation<HistoryServices>()({
  name: 'historyPage',
  title: 'Paging a history',
  role: 'reader',
  button: {
    verb: Verb.historyPage,
    data: z.object({
      configurationId: z.string().min(1).max(64),
      days: number(MAX_HISTORY_DAYS),
      page: number(10_000),
    }),
    run:
      (services) =>
      async (_turn, { configurationId, days, page }) =>
        historyCard(services, await configurationById(services.catalog, configurationId), { days, page }),
  },
});
