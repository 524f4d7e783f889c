import { z } from 'zod';
import { Verb } from '../../cards/verbs';
import { detailsCard } from '../configurations/cards';
import { configurationById } from '../shared/findConfiguration';
import { defineVerb } from './verb';

/** "Show" on a choice card, "Details" on the list, "Refresh" on the details card. */
export const showConfigurationVerb = defineVerb({
  verb: Verb.showConfiguration,
  role: 'reader',
  title: 'Showing a configuration',
  data: z.object({ configurationId: z.string().min(1).max(128) }),
  handler:
    (deps) =>
    async (_ctx, _state, { configurationId }) =>
      detailsCard(deps, await configurationById(deps.catalog, configurationId)),
});
