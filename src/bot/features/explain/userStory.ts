import { renderNoticeCard } from '../../../cards/notice';
import type { AdaptiveCard } from '../../../cards/render';
import { Verb } from '../../../cards/verbs';
import type { DirectoryUser } from '../../../domain';
import type { UserResolution } from '../../../sync/users/resolveUser';
import type { OperationTurn } from '../../operations/operation';
import { excerpt } from '../../planner/normalize';
import { showWhileWorking } from '../../shared/liveCard';
import { userChoiceCard } from '../../shared/userChoiceCard';
import { progressCard } from '../../shared/workingCards';
import type { ExplainServices } from './services';
import { userStoryCard } from './userStoryCard';

/**
 * "what happened to Adele Vance" and "why was Lee Gu skipped?": the user's newest log entry per configuration,
 * explained (skip reason, failure cause and fix with the tenant settings checked), or the user's scope when no log
 * has them.
 */
export async function tellUserStory(
  services: ExplainServices,
  { context, log }: OperationTurn,
  who: { name?: string; userId?: string },
  question: 'history' | 'why',
): Promise<AdaptiveCard> {
  return showWhileWorking(
    context,
    log,
    progressCard(`Looking into ${excerpt(who.name ?? 'the user', 80)}`, '', 'Reading the provisioning logs…', []),
    async () => {
      const found = who.userId
        ? await services.users.resolveUserById(who.userId)
        : await services.users.resolveUser(who.name ?? '');
      return found.kind === 'found' || found.kind === 'notInternal'
        ? story(services, found.user, question, found)
        : unresolved(found, question);
    },
  );
}

async function story(
  services: ExplainServices,
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
  return userStoryCard(await services.explain.explainUser(user), question, services.verbs);
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
