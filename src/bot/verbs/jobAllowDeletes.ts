import { z } from 'zod';
import { Verb } from '../../cards/verbs';
import { turnLogger } from '../turn/logger';
import { askAllowDeletes } from '../actions/sync/jobFlows';
import { configurationId } from '../shared/parameters';
import { configurationOfButton } from '../shared/pickConfiguration';
import { defineVerb } from './verb';

/** A configuration picked for "allow deletes": who is held back, and the confirmation. */
export const jobAllowDeletesVerb = defineVerb({
  verb: Verb.jobAllowDeletes,
  role: 'operator',
  title: 'Allowing held-back deletions',
  data: z.object({ configurationId }),
  handler:
    (deps) =>
    async (ctx, _state, { configurationId }) => {
      const config = await configurationOfButton(deps, configurationId);
      const log = turnLogger(ctx, deps.logger).child({ verb: Verb.jobAllowDeletes });
      void log;
      return askAllowDeletes(deps, config);
    },
});
