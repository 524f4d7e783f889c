import { z } from 'zod';
import { Verb } from '../../cards/verbs';
import { turnLogger } from '../turn/logger';
import { askRestart } from '../actions/sync/jobFlows';
import { configurationId } from '../shared/parameters';
import { configurationOfButton } from '../shared/pickConfiguration';
import { defineVerb } from './verb';

/** A configuration picked for a restart: the confirmation card. */
export const jobRestartVerb = defineVerb({
  verb: Verb.jobRestart,
  role: 'operator',
  title: 'Restarting provisioning',
  data: z.object({ configurationId }),
  handler:
    (deps) =>
    async (ctx, _state, { configurationId }) => {
      const config = await configurationOfButton(deps, configurationId);
      const log = turnLogger(ctx, deps.logger).child({ verb: Verb.jobRestart });
      void log;
      return askRestart(deps, config);
    },
});
