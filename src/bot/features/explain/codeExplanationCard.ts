import { targetName } from '../../../cards/format';
import { renderNoticeCard, NoticeSection } from '../../../cards/notice';
import type { AdaptiveCard, CardButton } from '../../../cards/render';
import { Verb } from '../../../cards/verbs';
import type { CodeExplanation } from '../../../sync/explain/explainService';
import { findingText } from '../../../sync/checks/findings';
import { excerpt } from '../../planner/normalize';

/** "explain <code>": cause and fix from the knowledge base, and the settings it depends on as they are now. */
export function codeExplanationCard(explained: CodeExplanation, verbs: ReadonlySet<string>): AdaptiveCard {
  const entry = explained.knowledge;
  if (!entry) {
    return renderNoticeCard({
      title: `I don't know the code "${excerpt(explained.code, 80)}"`,
      tone: 'warning',
      lines:
        explained.suggestions.length > 0
          ? [`Did you mean: ${explained.suggestions.join(', ')}?`]
          : ['Copy the error code exactly as the provisioning log or the test connection shows it.'],
    });
  }
  const sections: NoticeSection[] = [
    { title: 'Why it happens', lines: [entry.cause] },
    { title: 'How to fix it', lines: [entry.fix] },
  ];
  const buttons: CardButton[] = [];
  for (const check of explained.checks) {
    const wrong = check.findings.filter((f) => f.state === 'wrong');
    const verdict =
      wrong.length > 0
        ? 'this is the problem here'
        : check.findings.length > 0
          ? 'these settings are fine'
          : 'nothing to check';
    sections.push({
      title: `${check.configuration.displayName} → ${targetName(check.configuration)}: ${verdict}`,
      lines: check.findings.map((f) => ({
        text:
          `${f.state === 'wrong' ? '❌' : f.state === 'ok' ? '✅' : '❔'} ${findingText(f)}` +
          `${f.fix && f.state === 'wrong' ? ` Fix: ${f.fix}` : ''}`,
        color: f.state === 'wrong' ? 'Attention' : 'Default',
      })),
    });
    if (wrong.length > 0)
      buttons.push({
        title: `Test ${check.configuration.displayName} again`,
        verb: Verb.testConnection,
        data: { configurationId: check.configuration.servicePrincipalId },
      });
  }
  if (entry.settings?.length && explained.checks.length === 0) {
    sections.push({
      title: 'Settings involved',
      lines: entry.settings.map(
        (s) => `${s.tenant === 'source' ? 'Your tenant (source)' : 'The target tenant'}: ${s.setting}`,
      ),
    });
  }
  return renderNoticeCard({
    title: `${entry.title}`,
    subtitle: entry.code,
    tone: explained.checks.some((c) => c.findings.some((f) => f.state === 'wrong')) ? 'attention' : 'default',
    sections,
    buttons: buttons.filter((b) => verbs.has(b.verb)).slice(0, 4),
    footer: `Source: ${entry.source}.`,
  });
}
