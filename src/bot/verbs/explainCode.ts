import { z } from 'zod';
import { Verb } from '../../cards/verbs';
import { turnLogger } from '../turn/logger';
import { explainCode } from '../actions/sync/explainFlows';
import { configurationId } from '../shared/parameters';
import { defineVerb } from './verb';

/** "Explain <code>" on result, log and test-connection cards. */
export const explainCodeVerb = defineVerb({
  verb: Verb.explainCode,
  role: 'reader',
  title: 'Explaining an error code',
  data: z.object({ code: z.string().trim().min(1).max(120), configurationId: configurationId.optional() }),
  handler:
    (deps) =>
    async (ctx, _state, { code, configurationId }) =>
      explainCode(ctx, deps, turnLogger(ctx, deps.logger).child({ verb: Verb.explainCode }), code, { configurationId }),
});
