import { formatTime } from '../../../cards/format';
import { renderNoticeCard, NoticeSection } from '../../../cards/notice';
import type { AdaptiveCard, CardButton } from '../../../cards/render';
import { Verb } from '../../../cards/verbs';
import { targetName } from '../../../sync/checks/targetName';
import type { UserExplanation } from '../../../sync/explain/explainService';
import { buttonData } from '../../shared/buttonData';

/** "what happened to Adele Vance" / "why was Lee Gu skipped?": the newest entry per configuration, in plain words. */
export function userStoryCard(
  story: UserExplanation,
  question: 'history' | 'why',
  verbs: ReadonlySet<string>,
): AdaptiveCard {
  const { user } = story;
  const sections: NoticeSection[] = story.latest.map(({ configuration, entry, view }) => ({
    title:
      `${configuration?.displayName ?? entry.servicePrincipalName ?? 'A configuration'} → ` +
      `${targetName(configuration)} · ${formatTime(entry.activityDateTime)}`,
    lines: [
      {
        text: view.headline,
        color: view.tone === 'attention' ? 'Attention' : view.tone === 'warning' ? 'Warning' : 'Good',
      },
      ...view.details,
      ...(view.error ? [`Why: ${view.error.cause}`, `Fix: ${view.error.fix}`] : []),
    ],
  }));
  if (story.scope) {
    sections.push({
      title: 'Scope today',
      lines: story.scope.map(
        (s) =>
          `${s.inScope ? '✅' : '❌'} ${s.config.displayName} (to ${targetName(s.config)}): ` +
          `${s.inScope ? 'in scope' : 'not in scope'}, ${s.reason}.`,
      ),
    });
  }
  const first = story.latest[0];
  const buttons: CardButton[] = [];
  if (first)
    buttons.push({
      title: 'Every step of the latest',
      verb: Verb.logDetails,
      data: buttonData({
        id: first.entry.id,
        at: first.entry.activityDateTime,
        userId: first.entry.sourceId,
        configurationId: first.entry.servicePrincipalId,
      }),
    });
  buttons.push({ title: 'All log entries', verb: Verb.logsFilter, data: { userId: user.id } });
  buttons.push({ title: 'Provision now', verb: Verb.provisionUser, data: { userId: user.id } });
  const skippedOrFailed = story.latest.filter((i) => i.view.result === 'skipped' || i.view.result === 'failed');
  const lines =
    story.latest.length === 0
      ? [
          `No provisioning log mentions ${user.displayName} (logs are kept for 30 days): ` +
            'no cycle or provision on demand has evaluated the user lately.',
        ]
      : question === 'why' && skippedOrFailed.length === 0
        ? [`${user.displayName} was not skipped the last time: see what happened below.`]
        : [];
  return renderNoticeCard({
    title: question === 'why' ? `Why: ${user.displayName}` : `What happened to ${user.displayName}`,
    subtitle: user.userPrincipalName,
    tone: skippedOrFailed.length > 0 ? 'warning' : 'default',
    lines,
    sections,
    buttons: buttons.filter((b) => verbs.has(b.verb)),
  });
}
