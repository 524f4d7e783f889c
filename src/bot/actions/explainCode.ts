import { z } from 'zod';
import { turnLogger } from '../turn/logger';
import { defineAction } from './action';
import { explainCode as run } from './sync/explainFlows';

/** "explain AzureDirectoryB2BManagementPolicyCheckFailure": cause and fix, with the tenants' live settings where they matter. */
export const explainCode = defineAction({
  name: 'explainCode',
  title: 'Explain an error code',
  description:
    "Explains a provisioning, test-connection or quarantine error code: the cause and the fix from the knowledge base, with the tenants' live settings checked where the error depends on them (which side lacks automatic redemption).",
  parameters: z.object({
    code: z
      .string()
      .trim()
      .min(1, 'say which error code')
      .max(120, 'an error code has at most 120 characters')
      .describe('The error code, e.g. AzureDirectoryB2BManagementPolicyCheckFailure'),
    name: z
      .string()
      .trim()
      .min(1)
      .max(200, 'a configuration name has at most 200 characters')
      .optional()
      .describe('Check the settings of this configuration only'),
  }),
  role: 'reader',
  examples: ['explain AzureDirectoryB2BManagementPolicyCheckFailure', 'what does TooManyDeletes mean'],
  patterns: [
    /^(?:explain|what (?:does|is)|what's|meaning of|define)(?: the)?(?: (?:error|code|error code|quarantine reason))? (?<code>[A-Za-z][A-Za-z0-9_.]{3,119})(?: (?:mean|means|error))?(?: (?:for|in|on|of) (?<name>.+))?$/i,
  ],
  handler:
    (deps) =>
    async (ctx, _state, { code, name }) => {
      await run(ctx, deps, turnLogger(ctx, deps.logger).child({ action: 'explainCode' }), code, { name });
      return '';
    },
});
