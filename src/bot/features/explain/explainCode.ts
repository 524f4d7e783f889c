import { z } from 'zod';
import type { AdaptiveCard } from '../../../cards/render';
import { Verb } from '../../../cards/verbs';
import { defineOperation, type OperationTurn } from '../../operations/operation';
import { excerpt } from '../../planner/normalize';
import { showWhileWorking } from '../../shared/liveCard';
import { configurationId } from '../../shared/parameters';
import { configurationOfButton } from '../../shared/pickConfiguration';
import { progressCard } from '../../shared/workingCards';
import { codeExplanationCard } from './codeExplanationCard';
import type { ExplainServices } from './services';
import { userStoryCard } from './userStoryCard';

/**
 * "explain AzureDirectoryB2BManagementPolicyCheckFailure": cause and fix, with the tenants' live settings where they
 * matter; and "Explain <code>" on result, log and test-connection cards.
 */
export const explainCode = defineOperation<ExplainServices>()({
  name: 'explainCode',
  title: 'Explain an error code',
  role: 'reader',
  command: {
    description:
      'Explains a provisioning, test-connection or quarantine error code: the cause and the fix from the knowledge ' +
      "base, with the tenants' live settings checked where the error depends on them (which side lacks automatic " +
      'redemption).',
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
    examples: ['explain AzureDirectoryB2BManagementPolicyCheckFailure', 'what does TooManyDeletes mean'],
    patterns: [
      new RegExp(
        /^(?:explain|what (?:does|is)|what's|meaning of|define)(?: the)?/.source +
          /(?: (?:error|code|error code|quarantine reason))? /.source +
          /(?<code>[A-Za-z][A-Za-z0-9_.]{3,119})(?: (?:mean|means|error))?(?: (?:for|in|on|of) (?<name>.+))?$/.source,
        'i',
      ),
    ],
    run:
      (services) =>
      async (turn, { code, name }) => {
        await explain(services, turn, code, { name });
      },
  },
  button: {
    verb: Verb.explainCode,
    title: 'Explaining an error code',
    data: z.object({ code: z.string().trim().min(1).max(120), configurationId: configurationId.optional() }),
    run:
      (services) =>
      async (turn, { code, configurationId }) =>
        explain(services, turn, code, { configurationId }),
  },
});

/**
 * The code explained, with the settings it depends on checked in the configuration named, or in those failing
 * with it.
 */
function explain(
  services: ExplainServices,
  { context, log }: OperationTurn,
  code: string,
  where: { name?: string; configurationId?: string },
): Promise<AdaptiveCard> {
  return showWhileWorking(
    context,
    log,
    progressCard(
      `Explaining ${excerpt(code, 80)}`,
      '',
      'Looking it up and checking the tenant settings it depends on…',
      [],
    ),
    async () => {
      const config = where.configurationId
        ? await configurationOfButton(services, where.configurationId)
        : where.name
          ? (await services.catalog.resolve(where.name)).match
          : undefined;
      const explained = await services.explain.explainCode(code, config);
      log.info(
        { code: explained.code, known: !!explained.knowledge, checked: explained.checks.length },
        'explained an error code',
      );
      if (!explained.knowledge && explained.suggestions.length === 0 && !where.configurationId) {
        // "explain Adele": not a code, but a user's name.
        const user = await services.users.resolveUser(code);
        if (user.kind === 'found')
          return userStoryCard(await services.explain.explainUser(user.user), 'why', services.verbs);
      }
      return codeExplanationCard(explained, services.verbs);
    },
  );
}
