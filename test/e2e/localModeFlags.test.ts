import assert from 'node:assert/strict';
import fs from 'node:fs';
import { BOT_NODE_FLAGS } from '../../src/server/botNodeFlags';
import { RunningLocalMode, startLocalModeProcess } from '../support/localMode';

/** The command lines of a process's children, from /proc (Linux). */
function childCommandLines(pid: number): string[][] {
  const lines: string[][] = [];
  for (const entry of fs.readdirSync('/proc').filter((e) => /^\d+$/.test(e))) {
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (parent === pid) lines.push(fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').filter(Boolean));
    } catch {
      // the process ended while we looked
    }
  }
  return lines;
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
