import { z } from 'zod';
import { Verb } from '../../cards/verbs';
import { cancelledCard } from '../actions/sync/jobCards';
import { configurationId } from '../shared/parameters';
import { configurationOfButton } from '../shared/pickConfiguration';
import { defineVerb } from './verb';

/** "Cancel" on a restart or allow-deletes confirmation: nothing changes. */
export const jobCancelVerb = defineVerb({
  verb: Verb.jobCancel,
  role: 'reader',
  title: 'Cancelling',
  data: z.object({ configurationId, what: z.enum(['restart', 'allowDeletes']) }),
  handler:
    (deps) =>
    async (_ctx, _state, { configurationId, what }) =>
      cancelledCard(await configurationOfButton(deps, configurationId), what),
});
