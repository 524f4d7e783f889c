import { z } from 'zod';
import { Verb } from '../../cards/verbs';
import { turnLogger } from '../turn/logger';
import { startJob } from '../actions/sync/jobFlows';
import { configurationId } from '../shared/parameters';
import { configurationOfButton } from '../shared/pickConfiguration';
import { defineVerb } from './verb';

/** "Start" on a job card. */
export const jobStartVerb = defineVerb({
  verb: Verb.jobStart,
  role: 'operator',
  title: 'Starting provisioning',
  data: z.object({ configurationId }),
  handler:
    (deps) =>
    async (ctx, _state, { configurationId }) => {
      const config = await configurationOfButton(deps, configurationId);
      const log = turnLogger(ctx, deps.logger).child({ verb: Verb.jobStart });
      return startJob(ctx, deps, log, config);
    },
});
