import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { chromiumAvailable, launchChromium } from '../support/browser';
import { RunningLocalMode, startLocalModeProcess } from '../support/localMode';
import { PlaygroundPage } from '../support/playgroundPage';

describe('provision on demand in the Playground @e2e', function () {
  this.timeout(180_000);
  let local: RunningLocalMode;
  let browser: Browser;
  let playground: PlaygroundPage;

  before(async function () {
    if (!chromiumAvailable()) throw new Error('Chromium is missing: apt-get install -y chromium');
    // Cycles on the real 40-minute schedule: Adele Vance is assigned to Contoso A, and a fast cycle would create her
    // first.
    local = await startLocalModeProcess({ env: { SIMULATOR_CYCLE_SECONDS: '2400' } });
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

  it('"provision Adele Vance now" updates one card through the steps to "created in Fabrikam as Member"', async () => {
    await playground.say('provision Adele Vance now');
    await playground.see(/Created Adele Vance in Fabrikam, Inc\. as Member/, 60_000);
    await playground.see(/will be created in Azure Active Directory \(target tenant\)/);
    await playground.see(/was created in Azure Active Directory \(target tenant\)/);
    await playground.see('Properties set in the target');
    assert.equal(
      await playground.page.getByText('Provisioning Adele Vance', { exact: true }).count(),
      1,
      'one card, updated in place',
    );
  });

  it('a second run says she is already in sync', async () => {
    await playground.say('provision Adele Vance');
    await playground.see(/No change: Adele Vance is already in sync in Fabrikam/, 60_000);
  });
});
