import { z } from 'zod';
import { Verb } from '../../cards/verbs';
import { turnLogger } from '../turn/logger';
import { testConnection } from '../actions/sync/jobFlows';
import { configurationId } from '../shared/parameters';
import { configurationOfButton } from '../shared/pickConfiguration';
import { defineVerb } from './verb';

/** "Test connection" and "Test again" buttons. */
export const testConnectionVerb = defineVerb({
  verb: Verb.testConnection,
  role: 'operator',
  title: 'Testing the connection',
  data: z.object({ configurationId }),
  handler:
    (deps) =>
    async (ctx, _state, { configurationId }) => {
      const config = await configurationOfButton(deps, configurationId);
      const log = turnLogger(ctx, deps.logger).child({ verb: Verb.testConnection });
      return testConnection(ctx, deps, log, config);
    },
});
