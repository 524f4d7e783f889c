import assert from 'node:assert/strict';
import { BOT_COMMANDS, commandListsFor } from '../../tools/botCommands';
import { readProjectFile } from '../tools/projectRoot';

// menuCommands.test.ts checks BOT_COMMANDS against the action registry; this one, the manifest against BOT_COMMANDS.
describe('appPackage command lists', () => {
  const bot = JSON.parse(readProjectFile('appPackage', 'manifest.json')).bots[0];

  it("match the bot's commands exactly (one list per scope)", () => {
    assert.deepEqual(bot.commandLists, commandListsFor(BOT_COMMANDS));
  });

  it('offer every command in at least one menu, and help in every menu', () => {
    const offered = new Set(
      bot.commandLists.flatMap((list: { commands: { title: string }[] }) => list.commands.map((c) => c.title)),
    );
    assert.deepEqual(
      BOT_COMMANDS.filter((c) => !offered.has(c.title)).map((c) => c.title),
      [],
    );
    for (const list of bot.commandLists) assert.equal(list.commands[0].title, 'help', String(list.scopes));
  });

  it("cover the bot's scopes, each in exactly one list", () => {
    const scopes = bot.commandLists.flatMap((list: { scopes: string[] }) => list.scopes).sort();
    assert.deepEqual(scopes, [...bot.scopes].sort());
  });

  it('keep titles within 32 characters and descriptions within 128 (what every Teams client shows)', () => {
    for (const c of BOT_COMMANDS) {
      assert.ok(c.title.length <= 32, c.title);
      assert.ok(c.description.length <= 128, `${c.title}: ${c.description.length} characters`);
    }
    assert.equal(new Set(BOT_COMMANDS.map((c) => c.title)).size, BOT_COMMANDS.length, 'duplicate titles');
  });

  it('include the commands the product promises', () => {
    const titles = BOT_COMMANDS.map((c) => c.title);
    for (const expected of [
      'help',
      'list configurations',
      'show configuration',
      'provision',
      'test connection',
      'start',
      'pause',
      'restart',
      'show failures for',
      'what happened to',
      'explain',
      'show mappings',
      'add',
      'remove',
      'pending approvals',
      'use this channel for approvals',
      'subscribe to alerts here',
      'unsubscribe',
      'subscriptions',
      'set up sync to',
    ]) {
      assert.ok(titles.includes(expected), expected);
    }
  });
});
