import { z } from 'zod';
import { Verb } from '../../../cards/verbs';
import { defineOperation } from '../../operations/operation';
import { showWhileWorking } from '../../shared/liveCard';
import { configurationId } from '../../shared/parameters';
import { configurationOfButton } from '../../shared/pickConfiguration';
import { workingCard } from '../../shared/workingCards';
import { jobResultCard } from './jobResultCard';
import type { JobsServices } from './services';

const HEADLINE = 'Allowing the held-back deletions (restart with ForceDeletes)…';

/**
 * "Allow deletes" on the confirmation card: the job is checked again (still quarantined for too many deletes)
 * before the restart with ForceDeletes.
 */
export const confirmAllowDeletes = defineOperation<JobsServices>()({
  name: 'confirmAllowDeletes',
  title: 'Allowing held-back deletions',
  role: 'operator',
  button: {
    verb: Verb.jobAllowDeletesConfirm,
    data: z.object({ configurationId }),
    run:
      (services) =>
      async ({ context, log }, { configurationId }) => {
        const config = await configurationOfButton(services, configurationId);
        return showWhileWorking(context, log, workingCard(config, HEADLINE), async () => {
          const job = await services.jobs.allowDeletes(config);
          log.info({ configuration: config.displayName, status: job.status }, 'allowed the held-back deletions');
          return jobResultCard(
            config,
            `Deletions allowed for ${config.displayName}`,
            [
              'Restarted with ForceDeletes: the quarantine is lifted and the next cycle carries out the held-back ' +
                'deletions (soft deletes, restorable for 30 days).',
            ],
            job,
            services.verbs,
          );
        });
      },
  },
});
