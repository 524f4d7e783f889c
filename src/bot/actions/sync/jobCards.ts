import { renderConfirmCard } from '../../../cards/confirm';
import { formatTime, jobStatus, lastRun, targetName } from '../../../cards/format';
import { renderNoticeCard } from '../../../cards/notice';
import type { AdaptiveCard, CardButton, Fact } from '../../../cards/render';
import { Verb } from '../../../cards/verbs';
import { findingText } from '../../../sync/explain/findings';
import type { ConnectionReport, HeldDeletes } from '../../../sync/jobs/jobService';
import { RESTART_OPTIONS, RESTART_WARNING, RestartOption } from '../../../sync/jobs/restartOptions';
import { provisioningLogsLink } from '../../../sync/logs/portalLinks';
import type { SyncConfiguration, SyncJob } from '../../../domain';
import { renderOutcomeCard } from '../../../cards/outcome';

const only = (verbs: ReadonlySet<string>, buttons: CardButton[]) => buttons.filter((b) => verbs.has(b.verb));

export function jobFacts(job: SyncJob): Fact[] {
  const facts: Fact[] = [
    { title: 'Status', value: jobStatus(job).label },
    { title: 'Schedule', value: job.scheduleState },
    { title: 'Last run', value: lastRun(job) },
  ];
  if (job.quarantine) {
    facts.push({
      title: 'Quarantine',
      value: `${job.quarantine.reason}${job.quarantine.error?.message ? `: ${job.quarantine.error.message}` : ''}`,
    });
    if (job.quarantine.nextAttempt)
      facts.push({ title: 'Next attempt', value: formatTime(job.quarantine.nextAttempt) });
  }
  return facts;
}

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
        facts: report.requestId ? [{ title: 'Request id', value: report.requestId }] : [],
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

export function jobResultCard(
  config: SyncConfiguration,
  title: string,
  lines: string[],
  job: SyncJob,
  verbs: ReadonlySet<string>,
): AdaptiveCard {
  const id = { configurationId: config.servicePrincipalId };
  const buttons: CardButton[] =
    job.scheduleState === 'Active' && job.status !== 'Paused'
      ? [{ title: 'Pause', verb: Verb.jobPause, data: id }]
      : [{ title: 'Start', verb: Verb.jobStart, data: id }];
  buttons.push({ title: 'Provisioning logs', verb: Verb.showLogs, data: id });
  return renderNoticeCard({
    title,
    subtitle: `${config.displayName} → ${targetName(config)}`,
    tone: job.status === 'Quarantine' ? 'warning' : 'good',
    lines,
    sections: [{ title: 'Job now', facts: jobFacts(job) }],
    buttons: only(verbs, buttons),
    links: [{ title: 'Open in Entra', url: provisioningLogsLink(config) }],
  });
}

export function restartConfirmCard(config: SyncConfiguration, job: SyncJob): AdaptiveCard {
  const id = { configurationId: config.servicePrincipalId };
  return renderConfirmCard({
    title: `Restart provisioning of ${config.displayName}?`,
    subtitle: `To ${targetName(config)}`,
    warnings: [RESTART_WARNING],
    facts: jobFacts(job),
    choice: {
      label: 'How to restart',
      defaultValue: 'portal',
      options: RESTART_OPTIONS.map((o) => ({ title: `${o.title}: ${o.description}`, value: o.key })),
    },
    confirm: { title: 'Restart', verb: Verb.jobRestartConfirm, data: id },
    cancel: { title: 'Cancel', verb: Verb.jobCancel, data: { ...id, what: 'restart' } },
  });
}

export function restartedLines(option: RestartOption): string[] {
  return [
    `Restarted with "${option.title}" (${option.scope ? `resetScope ${option.scope.join(', ')}` : 'no criteria, as the admin center does'}).`,
    option.reevaluatesEveryone
      ? 'The next cycle evaluates every user in scope again; it can take much longer than the usual 40 minutes.'
      : 'The next cycle runs as usual.',
  ];
}

export function allowDeletesConfirmCard(config: SyncConfiguration, held: HeldDeletes): AdaptiveCard {
  const id = { configurationId: config.servicePrincipalId };
  const names = held.entries.map((e) => e.sourceDisplayName ?? e.reportableIdentifier ?? e.sourceId ?? 'a user');
  const shown = names.slice(0, 10);
  return renderConfirmCard({
    title: `Allow the held-back deletions of ${config.displayName}?`,
    subtitle: `To ${targetName(config)}`,
    warnings: [
      `${held.entries.length || 'Several'} user${held.entries.length === 1 ? ' is' : 's are'} waiting to be deleted (soft-deleted, restorable for 30 days) or disabled in ${targetName(config)}. The deletion threshold${held.threshold ? ` (${held.threshold})` : ''} stopped them and quarantined the job.`,
      'Allowing restarts the job with ForceDeletes: the next cycle carries the deletions out. If they were not intended, cancel, fix the scope and restart instead.',
    ],
    facts: jobFacts(held.job),
    lines:
      shown.length > 0
        ? [
            `Held back: ${shown.join(', ')}${names.length > shown.length ? ` and ${names.length - shown.length} more` : ''}.`,
          ]
        : [],
    confirm: { title: 'Allow deletes', verb: Verb.jobAllowDeletesConfirm, data: id },
    cancel: { title: 'Cancel', verb: Verb.jobCancel, data: { ...id, what: 'allowDeletes' } },
  });
}

export function nothingHeldCard(config: SyncConfiguration, job: SyncJob, verbs: ReadonlySet<string>): AdaptiveCard {
  return renderNoticeCard({
    title: `${config.displayName} is not holding back any deletions`,
    subtitle: `To ${targetName(config)}`,
    tone: 'default',
    lines: [
      'Allowing deletes is only needed after the accidental deletion threshold quarantined the job (TooManyDeletes). Nothing was changed.',
    ],
    sections: [{ title: 'Job now', facts: jobFacts(job) }],
    buttons: only(verbs, [
      { title: 'Provisioning logs', verb: Verb.showLogs, data: { configurationId: config.servicePrincipalId } },
    ]),
  });
}

export function cancelledCard(config: SyncConfiguration, what: 'restart' | 'allowDeletes'): AdaptiveCard {
  return renderNoticeCard({
    title:
      what === 'restart'
        ? `Restart of ${config.displayName} cancelled`
        : `Held-back deletions of ${config.displayName} not allowed`,
    tone: 'default',
    lines: ['Nothing was changed.'],
  });
}
