import { z } from 'zod';
import { renderHelpCard } from '../../cards/help';
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
  handler: (deps) => async (ctx) => {
    const commands = deps.actions
      .filter((a) => !a.internal)
      .map((a) => ({ title: a.title, description: a.description, examples: a.examples }));
    await sendCard(ctx, renderHelpCard({ commands }));
    return '';
  },
});
