import { z } from 'zod';
import { Verb } from '../../../cards/verbs';
import type { SyncConfiguration } from '../../../domain';
import { defineOperation } from '../../operations/operation';
import { configurationId, configurationName } from '../../shared/parameters';
import { configurationOfButton, configurationOrChoice } from '../../shared/pickConfiguration';
import { sendCard } from '../../turn/reply';
import { allowDeletesConfirmCard, nothingHeldCard } from './allowDeletesCards';
import type { JobsServices } from './services';

/**
 * After a deletion-threshold quarantine (TooManyDeletes): "allow deletes Contoso A", or a configuration picked for
 * it, shows who is held back and asks before restarting with ForceDeletes (confirmAllowDeletes).
 */
export const allowDeletes = defineOperation<JobsServices>()({
  name: 'allowDeletes',
  title: 'Allow held-back deletions',
  role: 'operator',
  command: {
    description:
      'After the accidental deletion threshold quarantined a configuration (TooManyDeletes), shows the held-back ' +
      'deletions and, once confirmed, allows them (restart with ForceDeletes).',
    parameters: z.object({ name: configurationName }),
    examples: ['allow deletes Contoso A', 'allow the pending deletions for Contoso A'],
    patterns: [
      new RegExp(
        '^(?:allow|approve|accept|force|confirm)(?: the| all)?(?: (?:pending|held[- ]back|staged|blocked))? ' +
          '(?:deletes|deletions|deleting|delete)(?: (?:for|of|in|on))? (?<name>.+)$',
        'i',
      ),
    ],
    run:
      (services) =>
      async ({ context }, { name }) => {
        const found = await configurationOrChoice(services, name, {
          verb: Verb.jobAllowDeletes,
          buttonTitle: 'Review deletions',
        });
        await sendCard(context, 'card' in found ? found.card : await askAllowDeletes(services, found.config));
      },
  },
  button: {
    verb: Verb.jobAllowDeletes,
    title: 'Allowing held-back deletions',
    data: z.object({ configurationId }),
    run:
      (services) =>
      async (_turn, { configurationId }) =>
        askAllowDeletes(services, await configurationOfButton(services, configurationId)),
  },
});

/** The confirmation step of "allow deletes": who is held back, or that nothing is. */
async function askAllowDeletes(services: JobsServices, config: SyncConfiguration) {
  const held = await services.jobs.heldDeletes(config);
  return held
    ? allowDeletesConfirmCard(config, held)
    : nothingHeldCard(config, await services.jobs.status(config), services.verbs);
}
