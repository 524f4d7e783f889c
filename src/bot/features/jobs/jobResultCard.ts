import { formatTime, jobStatus, lastRun, targetName } from '../../../cards/format';
import { renderNoticeCard } from '../../../cards/notice';
import type { AdaptiveCard, CardButton, Fact } from '../../../cards/render';
import { Verb } from '../../../cards/verbs';
import type { SyncConfiguration, SyncJob } from '../../../domain';
import { provisioningLogsLink } from '../../../sync/logs/portalLinks';

/** Only the buttons whose verb the bot answers. */
export const only = (verbs: ReadonlySet<string>, buttons: CardButton[]) => buttons.filter((b) => verbs.has(b.verb));

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

/** After a start, pause, restart or allowed deletions: what was done and the job now. */
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
