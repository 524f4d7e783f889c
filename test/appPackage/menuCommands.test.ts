import assert from 'node:assert/strict';
import { COMMANDS } from '../../src/bot/features';
import { UNKNOWN_COMMAND } from '../../src/bot/features';
import { normalizeInput } from '../../src/bot/planner/normalize';
import { parseCommand } from '../../src/bot/planner/parse';
import { BOT_COMMANDS } from '../../tools/botCommands';

/**
 * The command menu is kept apart from the action registry (the packaging tool must not load Teams code), so
 * this keeps them in step: what a user picks from the menu, or types from its example, reaches a real action.
 */
describe('command menu and action registry', () => {
  const plan = (text: string) => parseCommand(normalizeInput(text), COMMANDS);

  it('sends every menu example to an action that accepts its parameters', () => {
    for (const command of BOT_COMMANDS) {
      const example = /Example: (.+)$/.exec(command.description)?.[1];
      if (!example) continue;
      const parsed = plan(example);
      const action = COMMANDS.find((a) => a.name === parsed?.action);
      assert.ok(action && action.name !== UNKNOWN_COMMAND, `"${example}" (menu "${command.title}") is not understood`);
      assert.ok(
        action.parameters.safeParse(parsed?.parameters).success,
        `"${example}" gives ${action.name} invalid parameters`,
      );
      assert.ok(
        normalizeInput(example).startsWith(normalizeInput(command.title)),
        `"${example}" does not start with the menu title "${command.title}"`,
      );
    }
  });

  it('answers a menu title picked without arguments with an action, not "I did not understand"', () => {
    for (const command of BOT_COMMANDS.filter((c) => !/Example: /.test(c.description))) {
      const parsed = plan(command.title);
      assert.ok(parsed && parsed.action !== UNKNOWN_COMMAND, `menu "${command.title}" is not understood`);
    }
  });
});
