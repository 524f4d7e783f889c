import type { TurnContext } from 'botbuilder';
import type { AdaptiveCard } from '../../../cards/render';
import type { Logger } from '../../../logging';
import { loadMappings } from '../../../sync/mappings/mappingView';
import type { SyncConfiguration } from '../../../domain';
import type { BotDeps } from '../../deps';
import { excerpt } from '../../planner/normalize';
import { codeExplanationCard } from './explainCards';
import { progressCard, workingCard } from '../../shared/workingCards';
import { userStoryCard } from './logCards';
import { showWhileWorking } from '../../shared/liveCard';
import { operationsOf } from './operations';
import { configurationOfButton } from '../../shared/pickConfiguration';

/** The code explained, with the settings it depends on checked in the configuration named, or in those failing with it. */
export function explainCode(
  ctx: TurnContext,
  deps: BotDeps,
  log: Logger,
  code: string,
  where: { name?: string; configurationId?: string },
): Promise<AdaptiveCard> {
  return showWhileWorking(
    ctx,
    log,
    progressCard(
      `Explaining ${excerpt(code, 80)}`,
      '',
      'Looking it up and checking the tenant settings it depends on…',
      [],
    ),
    async () => {
      const ops = operationsOf(deps);
      const config = where.configurationId
        ? await configurationOfButton(deps, where.configurationId)
        : where.name
          ? (await deps.catalog.resolve(where.name)).match
          : undefined;
      const explained = await ops.explain.explainCode(code, config);
      log.info(
        { code: explained.code, known: !!explained.knowledge, checked: explained.checks.length },
        'explained an error code',
      );
      if (!explained.knowledge && explained.suggestions.length === 0 && !where.configurationId) {
        // "explain Adele": not a code, but a user's name.
        const user = await ops.provisioning.resolveUser(code);
        if (user.kind === 'found') return userStoryCard(await ops.explain.explainUser(user.user), 'why', deps.verbs);
      }
      return codeExplanationCard(explained, deps.verbs);
    },
  );
}
