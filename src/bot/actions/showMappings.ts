import { z } from 'zod';
import { Verb } from '../../cards/verbs';
import { turnLogger } from '../turn/logger';
import { sendCard } from '../turn/reply';
import { defineAction } from './action';
import { showMappings as run } from './sync/explainFlows';
import { configurationName } from './sync/parameters';
import { configurationOrChoice } from './sync/pickConfiguration';

export const showMappings = defineAction({
  name: 'showMappings',
  title: 'Show attribute mappings',
  description:
    'Shows a configuration\'s attribute mappings and scoping filters, with the warnings that matter: Member or Guest, "only on creation" keeps existing users\' type, showInAddressList.',
  parameters: z.object({ name: configurationName }),
  role: 'reader',
  examples: ['show mappings Contoso A', 'attribute mappings of Contoso B'],
  patterns: [
    /^(?:(?:show|list|get|display|view|see)(?: me)?(?: the)? )?(?:attribute )?mappings?(?: (?:for|of|in|on))? (?<name>.+)$/i,
    /^(?:(?:show|list|get|display|view|see)(?: me)?(?: the)? )?(?<name>.+?)(?:'s)? (?:attribute )?mappings$/i,
  ],
  handler:
    (deps) =>
    async (ctx, _state, { name }) => {
      const found = await configurationOrChoice(deps, name, { verb: Verb.showMappings, buttonTitle: 'Show mappings' });
      if ('card' in found) await sendCard(ctx, found.card);
      else await run(ctx, deps, turnLogger(ctx, deps.logger).child({ action: 'showMappings' }), found.config);
      return '';
    },
});
