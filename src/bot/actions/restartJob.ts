import { z } from 'zod';
import { Verb } from '../../cards/verbs';
import { sendCard } from '../turn/reply';
import { defineAction } from './action';
import { askRestart } from './sync/jobFlows';
import { configurationName } from '../shared/parameters';
import { configurationOrChoice } from '../shared/pickConfiguration';

/** Restart asks first: the confirmation card carries the restart options and the warning. */
export const restartJob = defineAction({
  name: 'restartJob',
  title: 'Restart provisioning',
  description:
    "Restarts a configuration's provisioning job after a confirmation: choose the restart (as the admin center does, retry failed users, lift the quarantine, re-evaluate everyone); a restart re-evaluates every user.",
  parameters: z.object({ name: configurationName }),
  role: 'operator',
  examples: ['restart Contoso A', 'restart provisioning for Contoso A'],
  patterns: [
    /^restart(?: (?:the )?(?:provisioning|sync(?:hroni[sz]ation)?|job)(?: job)?)?(?: (?:of|for|on))? (?<name>.+?)(?: (?:job|provisioning|sync))?$/i,
  ],
  handler:
    (deps) =>
    async (ctx, _state, { name }) => {
      const found = await configurationOrChoice(deps, name, { verb: Verb.jobRestart, buttonTitle: 'Restart…' });
      await sendCard(ctx, 'card' in found ? found.card : await askRestart(deps, found.config));
      return '';
    },
});
