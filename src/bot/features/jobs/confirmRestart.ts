import { z } from 'zod';
import { Verb } from '../../../cards/verbs';
import { restartOption } from '../../../sync/jobs/restartOptions';
import { defineOperation } from '../../operations/operation';
import { showWhileWorking } from '../../shared/liveCard';
import { checkConfirmationAge, issuedAt } from '../../turn/confirmation';
import { configurationId } from '../../shared/parameters';
import { configurationOfButton } from '../../shared/pickConfiguration';
import { workingCard } from '../../shared/workingCards';
import { jobResultCard } from './jobResultCard';
import { restartedLines } from './restartCards';
import type { JobsServices } from './services';

/**
 * "Restart" on the confirmation card, with the restart chosen on it (the option is one of the known keys,
 * nothing else).
 */
export const confirmRestart = defineOperation<JobsServices>()({
  name: 'confirmRestart',
  title: 'Restarting provisioning',
  role: 'operator',
  button: {
    verb: Verb.jobRestartConfirm,
    data: z.object({
      configurationId,
      option: z.enum(['portal', 'escrows', 'quarantine', 'watermark']).default('portal'),
      issuedAt,
    }),
    run:
      (services) =>
      async ({ context, log, actingUser }, { configurationId, option: optionKey, issuedAt: stamp }) => {
        checkConfirmationAge(stamp, services.confirmationTtlHours);
        const config = await configurationOfButton(services, configurationId);
        const option = restartOption(optionKey) ?? restartOption('portal')!;
        return showWhileWorking(context, log, workingCard(config, 'Restarting provisioning…'), async () => {
          const job = await services.jobs.restart(config, option, actingUser);
          log.info({ configuration: config.displayName, option: option.key, status: job.status }, 'restarted the job');
          const title = `${config.displayName} restarted`;
          return jobResultCard(config, title, restartedLines(option), job, services.verbs);
        });
      },
  },
});
