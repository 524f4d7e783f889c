import { z } from 'zod';
import { Verb } from '../../cards/verbs';
import { turnLogger } from '../turn/logger';
import { restart } from '../actions/sync/jobFlows';
import { configurationId } from '../shared/parameters';
import { configurationOfButton } from '../shared/pickConfiguration';
import { defineVerb } from './verb';

/** "Restart" on the confirmation card, with the restart chosen on it (the option is one of the known keys, nothing else). */
export const jobRestartConfirmVerb = defineVerb({
  verb: Verb.jobRestartConfirm,
  role: 'operator',
  title: 'Restarting provisioning',
  data: z.object({
    configurationId,
    option: z.enum(['portal', 'escrows', 'quarantine', 'watermark']).default('portal'),
  }),
  handler:
    (deps) =>
    async (ctx, _state, { configurationId, option }) =>
      restart(
        ctx,
        deps,
        turnLogger(ctx, deps.logger).child({ verb: Verb.jobRestartConfirm }),
        await configurationOfButton(deps, configurationId),
        option,
      ),
});
