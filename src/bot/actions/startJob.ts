import { z } from 'zod';
import { Verb } from '../../cards/verbs';
import { sendCard } from '../turn/reply';
import { turnLogger } from '../turn/logger';
import { defineAction } from './action';
import { startJob as run } from './sync/jobFlows';
import { configurationName } from '../shared/parameters';
import { configurationOrChoice } from '../shared/pickConfiguration';

const JOB = /(?: (?:the )?(?:provisioning|sync(?:hroni[sz]ation)?|job)(?: job)?)?(?: (?:of|for|on))?/.source;

export const startJob = defineAction({
  name: 'startJob',
  title: 'Start provisioning',
  description: "Starts a configuration's provisioning job (it also clears a quarantine once the cause is fixed).",
  parameters: z.object({ name: configurationName }),
  role: 'operator',
  examples: ['start Contoso A', 'start provisioning for Contoso A'],
  patterns: [new RegExp(`^(?:start|resume|unpause)${JOB} (?<name>.+?)(?: (?:job|provisioning|sync))?$`, 'i')],
  handler:
    (deps) =>
    async (ctx, _state, { name }) => {
      const found = await configurationOrChoice(deps, name, { verb: Verb.jobStart, buttonTitle: 'Start provisioning' });
      if ('card' in found) await sendCard(ctx, found.card);
      else await run(ctx, deps, turnLogger(ctx, deps.logger).child({ action: 'startJob' }), found.config);
      return '';
    },
});
