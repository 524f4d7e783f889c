import assert from 'node:assert/strict';
import { BOT_NODE_FLAGS } from '../../src/server/botNodeFlags';
import { bicepBlock } from '../infra/bicepText';
import { readProjectFile } from '../tools/projectRoot';

/** Every `node ... lib/src/index.js` in a text, with what stands between `node` and the script. */
function botCommands(text: string): Array<{ command: string; flags: string[] }> {
  return [...text.matchAll(/\bnode((?:\s+--?[\w=.-]+)*)\s+lib\/src\/index\.js/g)].map((m) => ({
    command: m[0],
    flags: m[1].trim().split(/\s+/).filter(Boolean),
  }));
}

/**
 * The flags the product starts the bot with are code (src/server/botNodeFlags.ts) where it can be, and command lines
 * elsewhere.
 */
describe("the bot is started with the product's Node flags", () => {
  it('are a heap cap, read by Node from the command line', () => {
    assert.ok(
      BOT_NODE_FLAGS.some((f) => /^--max-old-space-size=\d+$/.test(f)),
      BOT_NODE_FLAGS.join(' '),
    );
  });

  it('by npm start', () => {
    const pkg = JSON.parse(readProjectFile('package.json')) as { scripts: Record<string, string> };
    const commands = botCommands(pkg.scripts.start);
    assert.equal(commands.length, 1, pkg.scripts.start);
    assert.deepEqual(commands[0].flags, BOT_NODE_FLAGS);
  });

  it('by the App Service startup command (infra/azure.bicep)', () => {
    const siteConfig = bicepBlock(readProjectFile('infra', 'azure.bicep'), /^\s+siteConfig: \{/m);
    const line = /appCommandLine: '([^']*)'/.exec(siteConfig)?.[1];
    assert.ok(line, 'no appCommandLine in siteConfig');
    assert.deepEqual(
      botCommands(line).map((c) => c.flags),
      [BOT_NODE_FLAGS],
    );
  });

  it('in every command the deployment guide, the README and the Agents Toolkit files show', () => {
    for (const file of [['docs', 'deploy.md'], ['README.md'], ['m365agents.yml'], ['m365agents.local.yml']]) {
      const commands = botCommands(readProjectFile(...file));
      assert.ok(commands.length > 0, `${file.join('/')} shows no command that starts the bot`);
      for (const c of commands)
        assert.deepEqual(
          c.flags.filter((f) => !f.startsWith('--env-file')),
          BOT_NODE_FLAGS,
          `${file.join('/')}: ${c.command}`,
        );
    }
  });
});
