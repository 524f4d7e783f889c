import { z } from 'zod';
import { Verb } from '../../cards/verbs';
import { turnLogger } from '../turn/logger';
import { pauseJob } from '../actions/sync/jobFlows';
import { configurationId } from '../shared/parameters';
import { configurationOfButton } from '../shared/pickConfiguration';
import { defineVerb } from './verb';

/** "Pause" on a job card. */
export const jobPauseVerb = defineVerb({
  verb: Verb.jobPause,
  role: 'operator',
  title: 'Pausing provisioning',
  data: z.object({ configurationId }),
  handler:
    (deps) =>
    async (ctx, _state, { configurationId }) => {
      const config = await configurationOfButton(deps, configurationId);
      const log = turnLogger(ctx, deps.logger).child({ verb: Verb.jobPause });
      return pauseJob(ctx, deps, log, config);
    },
});
