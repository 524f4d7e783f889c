import { z } from 'zod';
import { Verb } from '../../cards/verbs';
import { sendCard } from '../turn/reply';
import { turnLogger } from '../turn/logger';
import { defineAction } from './action';
import { pauseJob as run } from './sync/jobFlows';
import { configurationName } from '../shared/parameters';
import { configurationOrChoice } from '../shared/pickConfiguration';

const JOB = /(?: (?:the )?(?:provisioning|sync(?:hroni[sz]ation)?|job)(?: job)?)?(?: (?:of|for|on))?/.source;

export const pauseJob = defineAction({
  name: 'pauseJob',
  title: 'Pause provisioning',
  description:
    "Pauses a configuration's provisioning job: a running cycle finishes, then nothing syncs until it is started again.",
  parameters: z.object({ name: configurationName }),
  role: 'operator',
  examples: ['pause Contoso A', 'stop provisioning for Contoso A'],
  patterns: [new RegExp(`^(?:pause|stop|suspend|halt)${JOB} (?<name>.+?)(?: (?:job|provisioning|sync))?$`, 'i')],
  handler:
    (deps) =>
    async (ctx, _state, { name }) => {
      const found = await configurationOrChoice(deps, name, { verb: Verb.jobPause, buttonTitle: 'Pause provisioning' });
      if ('card' in found) await sendCard(ctx, found.card);
      else await run(ctx, deps, turnLogger(ctx, deps.logger).child({ action: 'pauseJob' }), found.config);
      return '';
    },
});
