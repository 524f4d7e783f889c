import { z } from 'zod';
import { Verb } from '../../cards/verbs';
import { listCard } from '../configurations/cards';
import { defineVerb } from './verb';

/** "Refresh" on the configuration list. */
export const listConfigurationsVerb = defineVerb({
  verb: Verb.listConfigurations,
  role: 'reader',
  title: 'Refreshing the configuration list',
  data: z.object({}),
  handler: (deps) => async () => listCard(deps),
});
