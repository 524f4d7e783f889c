import { z } from 'zod';
import { Verb } from '../../cards/verbs';
import { turnLogger } from '../turn/logger';
import { allowDeletes } from '../actions/sync/jobFlows';
import { configurationId } from '../shared/parameters';
import { configurationOfButton } from '../shared/pickConfiguration';
import { defineVerb } from './verb';

/** "Allow deletes" on the confirmation card: the job is checked again (still quarantined for too many deletes) before the restart with ForceDeletes. */
export const jobAllowDeletesConfirmVerb = defineVerb({
  verb: Verb.jobAllowDeletesConfirm,
  role: 'operator',
  title: 'Allowing held-back deletions',
  data: z.object({ configurationId }),
  handler:
    (deps) =>
    async (ctx, _state, { configurationId }) => {
      const config = await configurationOfButton(deps, configurationId);
      const log = turnLogger(ctx, deps.logger).child({ verb: Verb.jobAllowDeletesConfirm });
      return allowDeletes(ctx, deps, log, config);
    },
});
