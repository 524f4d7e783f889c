import { z } from 'zod';
import { Verb } from '../../../cards/verbs';
import type { SyncConfiguration } from '../../../domain';
import { defineOperation, type OperationTurn } from '../../operations/operation';
import { showWhileWorking } from '../../shared/liveCard';
import { configurationId, configurationName } from '../../shared/parameters';
import { configurationOfButton, configurationOrChoice } from '../../shared/pickConfiguration';
import { workingCard } from '../../shared/workingCards';
import { sendCard } from '../../turn/reply';
import { JOB } from './jobPhrases';
import { jobResultCard } from './jobResultCard';
import type { JobsServices } from './services';

/** "start Contoso A", and "Start" on a job card. */
export const startJob = defineOperation<JobsServices>()({
  name: 'startJob',
  title: 'Start provisioning',
  role: 'operator',
  command: {
    description: "Starts a configuration's provisioning job (it also clears a quarantine once the cause is fixed).",
    parameters: z.object({ name: configurationName }),
    examples: ['start Contoso A', 'start provisioning for Contoso A'],
    patterns: [new RegExp(`^(?:start|resume|unpause)${JOB} (?<name>.+?)(?: (?:job|provisioning|sync))?$`, 'i')],
    run:
      (services) =>
      async (turn, { name }) => {
        const found = await configurationOrChoice(services, name, {
          verb: Verb.jobStart,
          buttonTitle: 'Start provisioning',
        });
        if ('card' in found) await sendCard(turn.context, found.card);
        else await start(services, turn, found.config);
      },
  },
  button: {
    verb: Verb.jobStart,
    title: 'Starting provisioning',
    data: z.object({ configurationId }),
    run:
      (services) =>
      async (turn, { configurationId }) =>
        start(services, turn, await configurationOfButton(services, configurationId)),
  },
});

function start(services: JobsServices, { context, log, actingUser }: OperationTurn, config: SyncConfiguration) {
  return showWhileWorking(context, log, workingCard(config, 'Starting provisioning…'), async () => {
    const before = config.job?.status;
    const job = await services.jobs.start(config, actingUser);
    log.info({ configuration: config.displayName, status: job.status }, 'started the job');
    const lines = [
      before === 'Quarantine'
        ? 'Started: the quarantine is cleared and the job runs on its schedule again.'
        : 'Started: the job runs on its schedule (a cycle about every 40 minutes).',
    ];
    if (job.status === 'Quarantine')
      lines.push('It is still quarantined: fix the cause first (ask "explain" with the quarantine reason).');
    return jobResultCard(config, `${config.displayName} is running`, lines, job, services.verbs);
  });
}
