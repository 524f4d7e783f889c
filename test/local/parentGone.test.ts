import assert from 'node:assert/strict';
import fs from 'node:fs';
import net from 'node:net';
import { startLocalModeProcess } from '../support/localMode';
import { childProcesses, isRunning } from '../support/processes';

function accepts(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect(Number(port), hostname);
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

async function until(condition: () => boolean | Promise<boolean>): Promise<void> {
  while (!(await condition())) await new Promise((resolve) => setTimeout(resolve, 100));
}

/**
 * Local mode killed outright (no Ctrl-C, no chance to stop anything: `kill -9`, or a terminal closed) must not
 * leave its bot holding port 3978 or its Playground running: both watch their IPC channel to it.
 */
describe('the processes local mode starts end when it is gone', function () {
  this.timeout(180_000);

  it('bot and Playground exit, and the ports are free, after local mode is killed with SIGKILL', async function () {
    if (!fs.existsSync('/proc/self/stat')) this.skip();
    const local = await startLocalModeProcess();
    const children = childProcesses(local.process.pid!);
    const bot = children.find((c) => c.args.some((a) => a.endsWith('index.js')));
    const playground = children.find((c) => c.args.includes('start') && c.args.some((a) => a.endsWith('cli.js')));
    assert.ok(bot && playground, JSON.stringify(children));
    assert.equal(await accepts(local.botUrl), true);

    local.process.kill('SIGKILL');
    await until(() => !isRunning(bot.pid) && !isRunning(playground.pid));
    assert.equal(await accepts(local.botUrl), false, 'the bot port is free');
    assert.equal(await accepts(local.playgroundUrl), false, 'the Playground port is free');
  });
});
