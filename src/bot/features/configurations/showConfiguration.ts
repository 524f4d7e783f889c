import { z } from 'zod';
import { Verb } from '../../../cards/verbs';
import { defineOperation } from '../../operations/operation';
import { configurationById, findConfiguration } from '../../shared/findConfiguration';
import { sendCard } from '../../turn/reply';
import { chooseConfigurationCard } from './chooseConfigurationCard';
import { detailsCard } from './detailsCard';
import type { ConfigurationsServices } from './services';

const VERB =
  '(?:show|describe|details?(?: (?:of|for|on|about))?|get|display|open|inspect|view|' +
  'status(?: (?:of|for))?|info(?:rmation)?(?: (?:on|about|for))?)(?: me)?(?: the)?';
const OBJECT = /(?:cross[- ]?tenant )?(?:sync(?:hroni[sz]ation)? )?(?:configuration|config|cfg)/.source;

/** "show configuration Contoso A", and "Show" on a choice card, "Details" on the list, "Refresh" on the details. */
export const showConfiguration = defineOperation<ConfigurationsServices>()({
  name: 'showConfiguration',
  title: 'Show a configuration',
  role: 'reader',
  command: {
    description:
      'Shows one configuration in detail: schedule, status and quarantine reason, scope counts, ' +
      'key attribute mappings, trust and automatic redemption settings, and warnings.',
    parameters: z.object({
      name: z
        .string({ required_error: 'say which configuration, e.g. "show configuration Contoso A"' })
        .trim()
        .min(1, 'say which configuration, e.g. "show configuration Contoso A"')
        .max(200, 'a configuration name has at most 200 characters')
        .describe('The configuration name as the user typed it; matched forgivingly'),
    }),
    examples: ['show configuration Contoso A', 'details of contoso-a'],
    patterns: [
      new RegExp(`^${VERB} ${OBJECT} (?<name>.+)$`, 'i'),
      new RegExp(`^${OBJECT} (?<name>.+)$`, 'i'),
      new RegExp(`^${VERB} (?<name>.+?) ${OBJECT}$`, 'i'),
    ],
    fallbackPatterns: [new RegExp(`^${VERB} (?<name>.+)$`, 'i')],
    run:
      (services) =>
      async ({ context }, { name }) => {
        const found = await findConfiguration(services.catalog, name);
        await sendCard(
          context,
          found.kind === 'one' ? await detailsCard(services, found.config) : chooseConfigurationCard(name, found),
        );
      },
  },
  button: {
    verb: Verb.showConfiguration,
    title: 'Showing a configuration',
    data: z.object({ configurationId: z.string().min(1).max(128) }),
    run:
      (services) =>
      async (_turn, { configurationId }) =>
        detailsCard(services, await configurationById(services.catalog, configurationId)),
  },
});
