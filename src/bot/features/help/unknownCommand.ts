import { z } from 'zod';
import { defineOperation } from '../../operations/operation';
import { excerpt } from '../../planner/normalize';
import { closestExamples } from '../../planner/suggest';
import type { HelpServices } from './services';

export const UNKNOWN_COMMAND = 'unknownCommand';

/** Planned by the deterministic planner for text it does not recognise: suggest, never fail. */
export const unknownCommand = defineOperation<HelpServices>()({
  name: UNKNOWN_COMMAND,
  title: 'Unknown command',
  role: 'reader',
  command: {
    description: 'Answers text that is not a command with the closest commands.',
    parameters: z.object({ text: z.string().max(10_000) }),
    examples: [],
    patterns: [],
    internal: true,
    run:
      ({ commands }) =>
      async ({ context, log }, { text }) => {
        const suggestions = closestExamples(text, commands);
        log.info({ code: 'UnknownCommand', length: text.length, suggestions }, 'text not understood');
        const lines = [`I didn't understand "${excerpt(text)}".`];
        if (suggestions.length > 0) lines.push('', 'Did you mean:', ...suggestions.map((s) => `- ${s}`));
        lines.push('', 'Type **help** to see everything I can do.');
        await context.sendActivity(lines.join('\n'));
      },
  },
});
