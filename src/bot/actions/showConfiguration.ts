import { z } from 'zod';
import { chooseConfigurationCard, detailsCard } from '../configurations/cards';
import { findConfiguration } from '../shared/findConfiguration';
import { sendCard } from '../turn/reply';
import { defineAction } from './action';

const VERB =
  /(?:show|describe|details?(?: (?:of|for|on|about))?|get|display|open|inspect|view|status(?: (?:of|for))?|info(?:rmation)?(?: (?:on|about|for))?)(?: me)?(?: the)?/
    .source;
const OBJECT = /(?:cross[- ]?tenant )?(?:sync(?:hroni[sz]ation)? )?(?:configuration|config|cfg)/.source;

export const showConfiguration = defineAction({
  name: 'showConfiguration',
  title: 'Show a configuration',
  description:
    'Shows one configuration in detail: schedule, status and quarantine reason, scope counts, key attribute mappings, trust and automatic redemption settings, and warnings.',
  parameters: z.object({
    name: z
      .string({ required_error: 'say which configuration, e.g. "show configuration Contoso A"' })
      .trim()
      .min(1, 'say which configuration, e.g. "show configuration Contoso A"')
      .max(200, 'a configuration name has at most 200 characters')
      .describe('The configuration name as the user typed it; matched forgivingly'),
  }),
  role: 'reader',
  examples: ['show configuration Contoso A', 'details of contoso-a'],
  patterns: [
    new RegExp(`^${VERB} ${OBJECT} (?<name>.+)$`, 'i'),
    new RegExp(`^${OBJECT} (?<name>.+)$`, 'i'),
    new RegExp(`^${VERB} (?<name>.+?) ${OBJECT}$`, 'i'),
  ],
  fallbackPatterns: [new RegExp(`^${VERB} (?<name>.+)$`, 'i')],
  handler:
    (deps) =>
    async (ctx, _state, { name }) => {
      const found = await findConfiguration(deps.catalog, name);
      await sendCard(
        ctx,
        found.kind === 'one' ? await detailsCard(deps, found.config) : chooseConfigurationCard(name, found),
      );
      return '';
    },
});
