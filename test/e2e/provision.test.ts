import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { chromiumAvailable, launchChromium } from '../support/browser';
import { RunningLocalMode, startLocalModeProcess } from '../support/localMode';
import { PlaygroundPage } from '../support/playgroundPage';

describe('provision on demand in the Playground @e2e', function () {
  this.timeout(300_000);
  let local: RunningLocalMode;
  let browser: Browser;
  let playground: PlaygroundPage;

  before(async function () {
    if (!chromiumAvailable()) throw new Error('Chromium is missing: apt-get install -y chromium');
    // Cycles on the real 40-minute schedule: Adele Vance is assigned to Contoso A, and a fast cycle would create her
    // first. Graph's own latency: provisionOnDemand takes 5-30 s, after the answer to Teams.
    local = await startLocalModeProcess({ env: { SIMULATOR_CYCLE_SECONDS: '2400', SIMULATOR_LATENCY: 'realistic' } });
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
    await playground.see(/Created Adele Vance in Fabrikam, Inc\. as Member/, 90_000);
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
    await playground.see(/No change: Adele Vance is already in sync in Fabrikam/, 90_000);
  });

  it('three users in one message: one card, a row each with its outcome and, when it failed, the fix', async () => {
    await playground.say('provision Lee Gu, Diego Siciliani and Nestor Wilke now');
    await playground.see('Provisioning 3 users', 30_000);
    // Three provisionOnDemand calls of 5-30 s each, one at a time per configuration.
    await playground.see(/\d of 3 done/, 150_000);
    const page = await playground.page.locator('body').innerText();
    const card = page.slice(page.lastIndexOf('Provisioning 3 users'), page.lastIndexOf('of 3 done'));
    // The seed gives each its own outcome: Lee Gu signs in by SMS (out of Contoso A's scope), Diego Siciliani is
    // already a B2B guest in Fabrikam (matched), and Nestor Wilke's Contoso B targets Northwind, whose inbound
    // automatic redemption is off.
    assert.match(card, /Skipped: Lee Gu was not provisioned to Fabrikam[\s\S]*Fix: Disable SMS sign-in/, card);
    assert.match(card, /Updated Diego Siciliani in Fabrikam, Inc\. \(Guest\)/, card);
    assert.match(
      card,
      /Failed: could not create Nestor Wilke in Northwind Traders[\s\S]*Fix: An administrator of Northwind Traders/,
      card,
    );
    await playground.see(/1 of 3 done/);
    assert.equal(
      await playground.page.getByText('Provisioning 3 users', { exact: true }).count(),
      1,
      'one card, updated in place',
    );
  });
});
