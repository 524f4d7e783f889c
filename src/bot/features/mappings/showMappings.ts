import { z } from 'zod';
import { Verb } from '../../../cards/verbs';
import type { SyncConfiguration } from '../../../domain';
import { defineOperation, type OperationTurn } from '../../operations/operation';
import { showWhileWorking } from '../../shared/liveCard';
import { configurationId, configurationName } from '../../shared/parameters';
import { configurationOfButton, configurationOrChoice } from '../../shared/pickConfiguration';
import { workingCard } from '../../shared/workingCards';
import { sendCard } from '../../turn/reply';
import { mappingsCard } from './mappingsCard';
import type { MappingsServices } from './services';

/** "show mappings Contoso A", and "Attribute mappings" on the configuration card. */
export const showMappings = defineOperation<MappingsServices>()({
  name: 'showMappings',
  title: 'Show attribute mappings',
  role: 'reader',
  command: {
    description:
      "Shows a configuration's attribute mappings and scoping filters, with the warnings that matter: " +
      'Member or Guest, "only on creation" keeps existing users\' type, showInAddressList.',
    parameters: z.object({ name: configurationName }),
    examples: ['show mappings Contoso A', 'attribute mappings of Contoso B'],
    patterns: [
      new RegExp(
        String.raw`^(?:(?:show|list|get|display|view|see)(?: me)?(?: the)? )?(?:attribute )?mappings?(?:` +
          String.raw` (?:for|of|in|on))? (?<name>.+)$`,
        'i',
      ),
      /^(?:(?:show|list|get|display|view|see)(?: me)?(?: the)? )?(?<name>.+?)(?:'s)? (?:attribute )?mappings$/i,
    ],
    run:
      (services) =>
      async (turn, { name }) => {
        const found = await configurationOrChoice(services, name, {
          verb: Verb.showMappings,
          buttonTitle: 'Show mappings',
        });
        if ('card' in found) await sendCard(turn.context, found.card);
        else await show(services, turn, found.config);
      },
  },
  button: {
    verb: Verb.showMappings,
    title: 'Showing attribute mappings',
    data: z.object({ configurationId }),
    run:
      (services) =>
      async (turn, { configurationId }) =>
        show(services, turn, await configurationOfButton(services, configurationId)),
  },
});

function show(services: MappingsServices, turn: OperationTurn, config: SyncConfiguration) {
  return showWhileWorking(turn.context, turn.log, workingCard(config, 'Reading the attribute mappings…'), async () =>
    mappingsCard(config, await services.mappingsOf(config), services.verbs),
  );
}
