import { z } from 'zod';
import { Verb } from '../../cards/verbs';
import { turnLogger } from '../turn/logger';
import { listLogs } from '../actions/sync/logFlows';
import { configurationId } from '../shared/parameters';
import { configurationOfButton } from '../shared/pickConfiguration';
import { defineVerb } from './verb';

/** "Provisioning logs" on configuration, job and result cards. */
export const showLogsVerb = defineVerb({
  verb: Verb.showLogs,
  role: 'reader',
  title: 'Showing provisioning logs',
  data: z.object({ configurationId }),
  handler:
    (deps) =>
    async (ctx, _state, { configurationId }) => {
      const config = await configurationOfButton(deps, configurationId);
      const log = turnLogger(ctx, deps.logger).child({ verb: Verb.showLogs });
      void log;
      return listLogs(deps, { configurationId: config.servicePrincipalId });
    },
});
