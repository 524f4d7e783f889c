import { targetName } from '../../../cards/format';
import { renderNoticeCard } from '../../../cards/notice';
import type { AdaptiveCard, CardButton } from '../../../cards/render';
import { Verb } from '../../../cards/verbs';
import type { SyncConfiguration } from '../../../domain';
import { findingText } from '../../../sync/checks/findings';
import type { ConnectionReport } from '../../../sync/jobs/jobService';
import { only } from './jobResultCard';

/** The outcome of test connection: every setting checked, and for a failure which one is wrong and where. */
export function connectionCard(
  config: SyncConfiguration,
  report: ConnectionReport,
  verbs: ReadonlySet<string>,
): AdaptiveCard {
  const target = targetName(config);
  const id = { configurationId: config.servicePrincipalId };
  const again: CardButton = { title: 'Test again', verb: Verb.testConnection, data: id };
  if (report.ok) {
    return renderNoticeCard({
      title: `Connection from ${config.displayName} to ${target} works`,
      subtitle: `Test connection (validateCredentials) succeeded`,
      tone: 'good',
      sections: [{ title: 'Settings checked', lines: report.findings.map((f) => `✅ ${findingText(f)}`) }],
      buttons: only(verbs, [again]),
    });
  }
  const wrong = report.findings.filter((f) => f.state === 'wrong');
  const entry = report.knowledge;
  return renderNoticeCard({
    title: `Test connection failed: ${entry?.title ?? report.code ?? 'the connection does not work'}`,
    subtitle: `${config.displayName} → ${target} · ${report.code ?? 'error'}`,
    tone: 'attention',
    lines: wrong.length > 0 ? wrong.map((f) => `❌ ${f.tenant} (${f.side} tenant): ${f.setting} ${f.observed}.`) : [],
    sections: [
      {
        title: 'What to change',
        lines: wrong
          .map((f) => f.fix)
          .filter((x): x is string => !!x)
          .concat(wrong.length === 0 && entry ? [entry.fix] : []),
      },
      { title: 'Why', lines: entry ? [entry.cause] : [] },
      {
        title: 'Every setting checked',
        lines: report.findings.map((f) => ({
          text: `${f.state === 'ok' ? '✅' : f.state === 'wrong' ? '❌' : '❔'} ${findingText(f)}`,
          color: f.state === 'wrong' ? 'Attention' : 'Default',
        })),
      },
      {
        title: 'The service said',
        lines: report.message ? [report.message] : [],
        facts: [
          ...(report.serviceCode ? [{ title: 'Code sent', value: report.serviceCode }] : []),
          ...(report.requestId ? [{ title: 'Request id', value: report.requestId }] : []),
        ],
      },
    ],
    buttons: only(verbs, [
      again,
      ...(report.code
        ? [{ title: `Explain ${report.code}`, verb: Verb.explainCode, data: { code: report.code, ...id } }]
        : []),
    ]),
  });
}
