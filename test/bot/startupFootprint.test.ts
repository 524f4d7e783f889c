import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

/** What loading the bot brings into memory when no LLM is configured (a fresh process: tests load everything). */
describe('bot start-up footprint', () => {
  it('does not load the openai SDK or the tokenizer unless an LLM planner is configured', function () {
    this.timeout(30_000);
    const lib = path.resolve(__dirname, '..', '..');
    const probe =
      `
      const { createBot } = require(${JSON.stringify(path.join(lib, 'src', 'bot', 'createBot.js'))});
      require(${JSON.stringify(path.join(lib, 'src', 'bot', 'planner', 'choosePlanner.js'))}).choosePlanner([], ` +
      `'unknownCommand');
      const loaded = Object.keys(require.cache).filter((f) => ` +
      `/node_modules[\\\\/](openai|gpt-tokenizer)[\\\\/]/.test(f));
      process.stdout.write(JSON.stringify({ createBot: typeof createBot, loaded: loaded.length }));`;
    const run = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout), { createBot: 'function', loaded: 0 });
  });
});
