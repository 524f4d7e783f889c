import { z } from 'zod';
import { Verb } from '../../../cards/verbs';
import { defineOperation } from '../../operations/operation';
import { configurationId } from '../../shared/parameters';
import { configurationOfButton } from '../../shared/pickConfiguration';
import { cancelledCard } from './cancelledCard';
import type { JobsServices } from './services';

/** "Cancel" on a restart or allow-deletes confirmation: nothing changes. */
export const cancelJobChange = defineOperation<JobsServices>()({
  name: 'cancelJobChange',
  title: 'Cancelling',
  role: 'reader',
  button: {
    verb: Verb.jobCancel,
    data: z.object({ configurationId, what: z.enum(['restart', 'allowDeletes']) }),
    run:
      (services) =>
      async (_turn, { configurationId, what }) =>
        cancelledCard(await configurationOfButton(services, configurationId), what),
  },
});
