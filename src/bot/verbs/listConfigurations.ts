import { z } from 'zod';
import { Verb } from '../../cards/verbs';
import { listCard } from '../configurations/cards';
import { LIST_FILTER_CHARS, MAX_LIST_PAGE } from '../configurations/listPage';
import { defineVerb } from './verb';

/**
 * Previous, Next and Refresh on the configuration list: the page to show (a page past the end shows the
 * last one) and the filter the list was asked with. Anything else in the data is refused as altered.
 */
export const listConfigurationsVerb = defineVerb({
  verb: Verb.listConfigurations,
  role: 'reader',
  title: 'Paging the configuration list',
  data: z.object({
    page: z.coerce.number().int().min(1).max(MAX_LIST_PAGE).optional(),
    filter: z.string().trim().max(LIST_FILTER_CHARS).optional(),
  }),
  handler:
    (deps) =>
    async (_ctx, _state, { page, filter }) =>
      listCard(deps, { page, filter: filter || undefined }),
});
