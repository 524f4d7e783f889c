import { z } from 'zod';
import { Verb } from '../../../cards/verbs';
import type { SyncConfiguration } from '../../../domain';
import { defineOperation } from '../../operations/operation';
import { configurationId, configurationName } from '../../shared/parameters';
import { configurationOfButton, configurationOrChoice } from '../../shared/pickConfiguration';
import { sendCard } from '../../turn/reply';
import { restartConfirmCard } from './restartCards';
import type { JobsServices } from './services';

/**
 * "restart Contoso A", and a configuration picked for a restart. Restart asks first: the confirmation card carries
 * the restart options and the warning ("Restart" on it is confirmRestart).
 */
export const restartJob = defineOperation<JobsServices>()({
  name: 'restartJob',
  title: 'Restart provisioning',
  role: 'operator',
  command: {
    description:
      "Restarts a configuration's provisioning job after a confirmation: choose the restart (as the admin center " +
      'does, retry failed users, lift the quarantine, re-evaluate everyone); a restart re-evaluates every user.',
    parameters: z.object({ name: configurationName }),
    examples: ['restart Contoso A', 'restart provisioning for Contoso A'],
    patterns: [
      new RegExp(
        '^restart(?: (?:the )?(?:provisioning|sync(?:hroni[sz]ation)?|job)(?: job)?)?(?: (?:of|for|on))? ' +
          '(?<name>.+?)(?: (?:job|provisioning|sync))?$',
        'i',
      ),
    ],
    run:
      (services) =>
      async ({ context }, { name }) => {
        const found = await configurationOrChoice(services, name, { verb: Verb.jobRestart, buttonTitle: 'Restart…' });
        await sendCard(context, 'card' in found ? found.card : await askRestart(services, found.config));
      },
  },
  button: {
    verb: Verb.jobRestart,
    title: 'Restarting provisioning',
    data: z.object({ configurationId }),
    run:
      (services) =>
      async (_turn, { configurationId }) =>
        askRestart(services, await configurationOfButton(services, configurationId)),
  },
});

/** The confirmation step of a restart: current state, the restart options and the warning. */
async function askRestart(services: JobsServices, config: SyncConfiguration) {
  return restartConfirmCard(config, await services.jobs.status(config));
}
