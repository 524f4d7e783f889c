import assert from 'node:assert/strict';
import net from 'node:net';
import type { Browser } from 'playwright-core';
import { chromiumAvailable, launchChromium } from '../support/browser';
import { RunningLocalMode, startLocalModeProcess } from '../support/localMode';
import { PlaygroundPage } from '../support/playgroundPage';

function accepts(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect(Number(port), hostname);
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

describe('local mode in the Agents Playground @e2e', function () {
  this.timeout(400_000);
  let local: RunningLocalMode;
  let browser: Browser;
  let playground: PlaygroundPage;

  before(async function () {
    if (!chromiumAvailable()) throw new Error('Chromium is missing: apt-get install -y chromium');
    local = await startLocalModeProcess();
    browser = await launchChromium();
    playground = new PlaygroundPage(await browser.newPage());
    await playground.open(local.playgroundUrl);
  });

  // Teams gives up on late answers; the Playground does not, so each test checks the times local mode logged.
  afterEach(() => local?.checkAnswerTimes());

  after(async () => {
    await browser?.close();
    await local?.stop();
  });

  it('prints where to go and what to try', () => {
    assert.ok(
      local.output.some((l) => l.trim() === 'list configurations'),
      local.output.join('\n'),
    );
  });

  it('lists both configurations with their targets on a card', async () => {
    await playground.say('list configurations');
    await playground.see('Contoso A');
    await playground.see('Contoso B');
    await playground.see(/Fabrikam/);
    await playground.see(/Northwind/);
  });

  it('stops the simulator, the bot and the Playground on Ctrl-C', async () => {
    const code = await local.stop();
    assert.equal(code, 0, local.output.slice(-20).join('\n'));
    assert.equal(await accepts(local.botUrl), false);
    assert.equal(await accepts(local.playgroundUrl), false);
  });
});
