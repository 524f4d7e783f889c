import { z } from 'zod';
import { deepFrozen } from '../../../cards/frozen';
import { renderHelpCard } from '../../../cards/help';
import type { AdaptiveCard } from '../../../cards/render';
import { defineOperation } from '../../operations/operation';
import { sendCard } from '../../turn/reply';
import type { HelpServices } from './services';

/** "help": a card of every command with examples. */
export const help = defineOperation<HelpServices>()({
  name: 'help',
  title: 'Help',
  role: 'reader',
  command: {
    description: 'Shows what the bot can do, with examples of each command.',
    parameters: z.object({}),
    examples: ['help', 'what can you do'],
    inTurn: true,
    patterns: [
      /^$/,
      /^help(?: .*)?$/i,
      /^(?:\?+|commands|menu|start|hi|hello|hey|what can you do|what do you do|how does (?:this|it) work)$/i,
    ],
    run: ({ commands }) => {
      // The card shows only the declared commands, which do not change while the bot runs: rendered once.
      let card: AdaptiveCard | undefined;
      return async ({ context }) => {
        card ??= deepFrozen(
          renderHelpCard({
            commands: commands
              .filter((c) => !c.internal)
              .map((c) => ({ title: c.title, description: c.description, examples: c.examples })),
          }),
        );
        await sendCard(context, card);
      };
    },
  },
});
