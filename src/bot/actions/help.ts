import { z } from 'zod';
import { deepFrozen } from '../../cards/frozen';
import { renderHelpCard } from '../../cards/help';
import type { AdaptiveCard } from '../../cards/render';
import { sendCard } from '../turn/reply';
import { defineAction } from './action';

export const help = defineAction({
  name: 'help',
  title: 'Help',
  description: 'Shows what the bot can do, with examples of each command.',
  parameters: z.object({}),
  role: 'reader',
  examples: ['help', 'what can you do'],
  patterns: [
    /^$/,
    /^help(?: .*)?$/i,
    /^(?:\?+|commands|menu|start|hi|hello|hey|what can you do|what do you do|how does (?:this|it) work)$/i,
  ],
  handler: (deps) => {
    // The card shows only the action registry, which does not change while the bot runs: rendered once.
    let card: AdaptiveCard | undefined;
    return async (ctx) => {
      card ??= deepFrozen(
        renderHelpCard({
          commands: deps.actions
            .filter((a) => !a.internal)
            .map((a) => ({ title: a.title, description: a.description, examples: a.examples })),
        }),
      );
      await sendCard(ctx, card);
      return '';
    };
  },
});
