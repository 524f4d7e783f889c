import { z } from 'zod';
import { Verb } from '../../cards/verbs';
import { turnLogger } from '../turn/logger';
import { showMappings } from '../actions/sync/explainFlows';
import { configurationId } from '../actions/sync/parameters';
import { configurationOfButton } from '../actions/sync/pickConfiguration';
import { defineVerb } from './verb';

/** "Attribute mappings" on the configuration card. */
export const showMappingsVerb = defineVerb({
  verb: Verb.showMappings,
  role: 'reader',
  title: 'Showing attribute mappings',
  data: z.object({ configurationId }),
  handler:
    (deps) =>
    async (ctx, _state, { configurationId }) => {
      const config = await configurationOfButton(deps, configurationId);
      const log = turnLogger(ctx, deps.logger).child({ verb: Verb.showMappings });
      return showMappings(ctx, deps, log, config);
    },
});
