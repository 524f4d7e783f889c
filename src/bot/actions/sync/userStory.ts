import type { TurnContext } from 'botbuilder';
import { renderNoticeCard } from '../../../cards/notice';
import type { AdaptiveCard } from '../../../cards/render';
import { Verb } from '../../../cards/verbs';
import type { Logger } from '../../../logging';
import type { DirectoryUser } from '../../../domain';
import type { UserResolution } from '../../../sync/users/resolveUser';
import type { BotDeps } from '../../deps';
import { excerpt } from '../../planner/normalize';
import { userStoryCard } from './logCards';
import { showWhileWorking } from '../../shared/liveCard';
import { operationsOf } from './operations';
import { userChoiceCard } from '../../shared/userChoiceCard';
import { progressCard } from '../../shared/workingCards';

/**
 * "what happened to Adele Vance" and "why was Lee Gu skipped?": the user's newest log entry per configuration,
 * explained (skip reason, failure cause and fix with the tenant settings checked), or the user's scope when no log has them.
 */
export async function tellUserStory(
  ctx: TurnContext,
  deps: BotDeps,
  log: Logger,
  who: { name?: string; userId?: string },
  question: 'history' | 'why',
): Promise<AdaptiveCard> {
  const ops = operationsOf(deps);
  return showWhileWorking(
    ctx,
    log,
    progressCard(`Looking into ${excerpt(who.name ?? 'the user', 80)}`, '', 'Reading the provisioning logs…', []),
    async () => {
      const found = who.userId
        ? await ops.provisioning.resolveUserById(who.userId)
        : await ops.provisioning.resolveUser(who.name ?? '');
      return found.kind === 'found' || found.kind === 'notInternal'
        ? story(deps, found.user, question, found)
        : unresolved(found, question);
    },
  );
}

async function story(
  deps: BotDeps,
  user: DirectoryUser,
  question: 'history' | 'why',
  found: UserResolution,
): Promise<AdaptiveCard> {
  if (found.kind === 'notInternal') {
    return renderNoticeCard({
      title: question === 'why' ? `Why: ${user.displayName}` : `What happened to ${user.displayName}`,
      subtitle: user.userPrincipalName,
      tone: 'warning',
      lines: [found.reason],
    });
  }
  return userStoryCard(await operationsOf(deps).explain.explainUser(user), question, deps.verbs);
}

function unresolved(
  found: Exclude<UserResolution, { kind: 'found' | 'notInternal' }>,
  question: 'history' | 'why',
): AdaptiveCard {
  if (found.kind === 'invalid')
    return renderNoticeCard({
      title: 'Which user?',
      tone: 'warning',
      lines: [`${found.reason.charAt(0).toUpperCase()}${found.reason.slice(1)}.`],
    });
  return userChoiceCard(
    found,
    {},
    {
      verb: Verb.explainUser,
      buttonTitle: question === 'why' ? 'Explain' : 'Show',
      question: 'Which one do you mean?',
    },
  );
}
