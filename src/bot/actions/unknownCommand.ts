import { z } from 'zod';
import { excerpt } from '../planner/normalize';
import { closestExamples } from '../planner/suggest';
import { turnLogger } from '../turn/logger';
import { defineAction } from './action';

export const UNKNOWN_COMMAND = 'unknownCommand';

/** Planned by the deterministic planner for text it does not recognise: suggest, never fail. */
export const unknownCommand = defineAction({
  name: UNKNOWN_COMMAND,
  title: 'Unknown command',
  description: 'Answers text that is not a command with the closest commands.',
  parameters: z.object({ text: z.string().max(10_000) }),
  role: 'reader',
  examples: [],
  patterns: [],
  internal: true,
  handler:
    (deps) =>
    async (ctx, _state, { text }) => {
      const suggestions = closestExamples(text, deps.actions);
      turnLogger(ctx, deps.logger).info(
        { code: 'UnknownCommand', length: text.length, suggestions },
        'text not understood',
      );
      const lines = [`I didn't understand "${excerpt(text)}".`];
      if (suggestions.length > 0) lines.push('', 'Did you mean:', ...suggestions.map((s) => `- ${s}`));
      lines.push('', 'Type **help** to see everything I can do.');
      await ctx.sendActivity(lines.join('\n'));
      return '';
    },
});
