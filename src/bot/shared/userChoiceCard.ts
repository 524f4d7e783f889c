import { renderChoiceCard } from '../../cards/choice';
import { renderNoticeCard } from '../../cards/notice';
import type { AdaptiveCard } from '../../cards/render';
import type { UserResolution } from '../../sync/users/resolveUser';
import { excerpt } from '../planner/normalize';

/**
 * A name that found several users, or nobody (with close names): each choice is a button with the verb asked for
 * (provision that user, tell that user's story), its data and the user's id.
 */
export function userChoiceCard(
  resolution: Extract<UserResolution, { kind: 'ambiguous' | 'unknown' }>,
  data: Record<string, string>,
  ask: { verb: string; buttonTitle: string; question: string },
): AdaptiveCard {
  const quoted = `"${excerpt(resolution.typed, 60)}"`;
  if (resolution.kind === 'unknown' && resolution.suggestions.length === 0) {
    return renderNoticeCard({
      title: `No user named ${quoted} in your tenant`,
      tone: 'warning',
      lines: [
        'I looked for that display name, user principal name, mail and alias, and for names starting like it.',
        'Try the user principal name (name@domain) or the mail address.',
      ],
    });
  }
  const users = resolution.kind === 'ambiguous' ? resolution.candidates : resolution.suggestions;
  return renderChoiceCard({
    title:
      resolution.kind === 'ambiguous' ? `Several users match ${quoted}` : `No user is named ${quoted}. Did you mean:`,
    message: resolution.kind === 'ambiguous' ? ask.question : 'These users have similar names:',
    choices: users.slice(0, 10).map((u) => ({
      title: u.displayName,
      subtitle: [u.userPrincipalName, u.department].filter(Boolean).join(' · '),
      button: { title: ask.buttonTitle, verb: ask.verb, data: { ...data, userId: u.id } },
    })),
  });
}
