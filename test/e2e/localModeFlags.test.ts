import assert from 'node:assert/strict';
import fs from 'node:fs';
import { BOT_NODE_FLAGS } from '../../src/server/botNodeFlags';
import { RunningLocalMode, startLocalModeProcess } from '../support/localMode';
import { childProcesses } from '../support/processes';

/** The command lines of a process's children. */
function childCommandLines(pid: number): string[][] {
  return childProcesses(pid).map((c) => c.args);
}

describe('local mode starts its bot as the product runs @e2e', function () {
  this.timeout(180_000);
  let local: RunningLocalMode;

  before(async function () {
    if (!fs.existsSync('/proc/self/stat')) this.skip();
    local = await startLocalModeProcess();
  });
  after(async () => {
    await local?.stop();
  });

  it('with the heap cap (src/server/botNodeFlags.ts) before its script', () => {
    const bots = childCommandLines(local.process.pid!).filter((args) => args.some((a) => a.endsWith('index.js')));
    assert.equal(bots.length, 1, JSON.stringify(childCommandLines(local.process.pid!)));
    const script = bots[0].findIndex((a) => a.endsWith('index.js'));
    assert.deepEqual(bots[0].slice(1, script), BOT_NODE_FLAGS);
  });
});
