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

/** "pause Contoso A", and "Pause" on a job card. */
export const pauseJob = defineOperation<JobsServices>()({
  name: 'pauseJob',
  title: 'Pause provisioning',
  role: 'operator',
  command: {
    description:
      "Pauses a configuration's provisioning job: a running cycle finishes, " +
      'then nothing syncs until it is started again.',
    parameters: z.object({ name: configurationName }),
    examples: ['pause Contoso A', 'stop provisioning for Contoso A'],
    patterns: [new RegExp(`^(?:pause|stop|suspend|halt)${JOB} (?<name>.+?)(?: (?:job|provisioning|sync))?$`, 'i')],
    run:
      (services) =>
      async (turn, { name }) => {
        const found = await configurationOrChoice(services, name, {
          verb: Verb.jobPause,
          buttonTitle: 'Pause provisioning',
        });
        if ('card' in found) await sendCard(turn.context, found.card);
        else await pause(services, turn, found.config);
      },
  },
  button: {
    verb: Verb.jobPause,
    title: 'Pausing provisioning',
    data: z.object({ configurationId }),
    run:
      (services) =>
      async (turn, { configurationId }) =>
        pause(services, turn, await configurationOfButton(services, configurationId)),
  },
});

function pause(services: JobsServices, { context, log, actingUser }: OperationTurn, config: SyncConfiguration) {
  return showWhileWorking(context, log, workingCard(config, 'Pausing provisioning…'), async () => {
    const job = await services.jobs.pause(config, actingUser);
    log.info({ configuration: config.displayName, status: job.status }, 'paused the job');
    return jobResultCard(
      config,
      `${config.displayName} is paused`,
      ['Paused: a cycle already running finishes, then nothing syncs until you start it again. Its progress is kept.'],
      job,
      services.verbs,
    );
  });
}
