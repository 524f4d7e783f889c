import { z } from 'zod';
import { Verb } from '../../cards/verbs';
import { sendCard } from '../turn/reply';
import { defineAction } from './action';
import { askAllowDeletes } from './sync/jobFlows';
import { configurationName } from '../shared/parameters';
import { configurationOrChoice } from '../shared/pickConfiguration';

/** After a deletion-threshold quarantine (TooManyDeletes): shows who is held back and asks before restarting with ForceDeletes. */
export const allowDeletes = defineAction({
  name: 'allowDeletes',
  title: 'Allow held-back deletions',
  description:
    'After the accidental deletion threshold quarantined a configuration (TooManyDeletes), shows the held-back deletions and, once confirmed, allows them (restart with ForceDeletes).',
  parameters: z.object({ name: configurationName }),
  role: 'operator',
  examples: ['allow deletes Contoso A', 'allow the pending deletions for Contoso A'],
  patterns: [
    /^(?:allow|approve|accept|force|confirm)(?: the| all)?(?: (?:pending|held[- ]back|staged|blocked))? (?:deletes|deletions|deleting|delete)(?: (?:for|of|in|on))? (?<name>.+)$/i,
  ],
  handler:
    (deps) =>
    async (ctx, _state, { name }) => {
      const found = await configurationOrChoice(deps, name, {
        verb: Verb.jobAllowDeletes,
        buttonTitle: 'Review deletions',
      });
      await sendCard(ctx, 'card' in found ? found.card : await askAllowDeletes(deps, found.config));
      return '';
    },
});
