import { renderConfirmCard } from '../../../cards/confirm';
import { targetName } from '../../../cards/format';
import type { AdaptiveCard } from '../../../cards/render';
import { Verb } from '../../../cards/verbs';
import type { SyncConfiguration, SyncJob } from '../../../domain';
import { RESTART_OPTIONS, RESTART_WARNING, RestartOption } from '../../../sync/jobs/restartOptions';
import { issuedNow } from '../../turn/confirmation';
import { jobFacts } from './jobResultCard';

/** The confirmation step of a restart: current state, the restart options and the warning. */
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
    confirm: { title: 'Restart', verb: Verb.jobRestartConfirm, data: { ...id, ...issuedNow() } },
    cancel: { title: 'Cancel', verb: Verb.jobCancel, data: { ...id, what: 'restart' } },
  });
}

export function restartedLines(option: RestartOption): string[] {
  const criteria = option.scope ? `resetScope ${option.scope.join(', ')}` : 'no criteria, as the admin center does';
  return [
    `Restarted with "${option.title}" (${criteria}).`,
    option.reevaluatesEveryone
      ? 'The next cycle evaluates every user in scope again; it can take much longer than the usual 40 minutes.'
      : 'The next cycle runs as usual.',
  ];
}
