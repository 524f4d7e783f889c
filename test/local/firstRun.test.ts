import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import type { Activity } from 'botbuilder';
import { LocalConnector, startConnector } from '../support/connector';
import { PLAYGROUND_LINE, RunningLocalMode, startLocalModeProcess } from '../support/localMode';
import { postActivity } from '../support/teamsLimits';

/** A terminal as most people have it open: what scrolls off the top of it is gone. */
const SCREEN_LINES = 24;
const BANNER_MAX_LINES = 15;
const OUTCOME = 'listConfigurations, answered \\(\\d+ ms\\)';

/** The Playground's signed-in person and tenant, as local mode wrote them for the Playground. */
function playgroundPerson(dataDir: string) {
  const file = path.join(dataDir, 'playground', '.m365agentsplayground.yml');
  const config = YAML.parse(fs.readFileSync(file, 'utf8')) as {
    tenantId: string;
    currentUser: { id: string; name: string; aadObjectId: string };
  };
  return { tenantId: config.tenantId, user: config.currentUser };
}

/**
 * `npm start` on a fresh clone, recorded as a person sees it: the default log format and level (pretty, info), the
 * banner, then the first message typed. Sent to the bot as the Playground sends it, with replies going to a local
 * connector, so no browser is needed to read the terminal.
 */
describe('the first run of local mode, as its terminal shows it', function () {
  this.timeout(180_000);
  let local: RunningLocalMode;
  let connector: LocalConnector;

  before(async () => {
    connector = await startConnector();
    local = await startLocalModeProcess({ env: { LOG_FORMAT: '', LOG_LEVEL: '' } });
  });
  after(async () => {
    await local?.stop();
    await connector?.close();
  });

  async function say(text: string, id: string) {
    const { tenantId, user } = playgroundPerson(local.dataDir);
    const response = await postActivity(local.botUrl, {
      type: 'message',
      id,
      text,
      channelId: 'msteams',
      serviceUrl: connector.url,
      from: { id: user.id, name: user.name, aadObjectId: user.aadObjectId },
      recipient: { id: '28:local-bot', name: 'Cross-Tenant Sync' },
      conversation: { id: 'personal-chat-id', conversationType: 'personal', tenantId },
      channelData: { tenant: { id: tenantId } },
    } as Partial<Activity>);
    assert.equal(response.status, 200);
    return connector.waitFor((r) => r.activityId === id);
  }

  function bannerRange(): { start: number; end: number } {
    const start = local.output.findIndex((l) => l.startsWith('Local mode:'));
    const end = local.output.findIndex((l) => /Ctrl-C stops all three/.test(l));
    assert.ok(start >= 0 && end > start, `no banner in:\n${local.output.join('\n')}`);
    return { start, end };
  }

  it('prints a banner of at most 15 lines: where each part runs, the Playground address, three things to type', () => {
    const { start, end } = bannerRange();
    const banner = local.output.slice(start, end + 1);
    assert.ok(banner.length <= BANNER_MAX_LINES, `${banner.length} lines:\n${banner.join('\n')}`);
    const text = banner.join('\n');
    assert.match(text, PLAYGROUND_LINE);
    assert.match(text, new RegExp(`Bot\\s+${local.botUrl}/api/messages`));
    assert.match(text, /Tenant simulator\s+https:\/\/127\.0\.0\.1:\d+\/v1\.0 \(Contoso and \d+ target tenants\)/);
    const typed = banner.slice(banner.findIndex((l) => /^Type in the Playground/.test(l)) + 1);
    assert.deepEqual(
      typed.slice(0, 3).map((l) => l.trim()),
      ['list configurations', 'show configuration Contoso A', 'help'],
    );
  });

  it('says nothing of deprecations or of each Graph call while starting', () => {
    const all = local.output.join('\n');
    assert.doesNotMatch(all, /DEP0111|DeprecationWarning/);
    // A call slower than a second is worth its line (a cold start under load may have one); the others are not.
    assert.deepEqual(
      local.output.filter((l) => /Graph (GET|POST) /.test(l) && !/\(slow: \d+ ms\)/.test(l)),
      [],
    );
  });

  it('logs the first `list configurations` as one line, and the banner is still on screen after it', async () => {
    const reply = await say('list configurations', 'first-run-1');
    assert.match(JSON.stringify(reply.activity.attachments), /Contoso A/);
    const { user } = playgroundPerson(local.dataDir);
    const turnLine = await waitForLine(local.output, (l) => l.includes('"list configurations"'));
    // time, who, what was typed, what came of it, how long it took
    assert.match(
      turnLine,
      new RegExp(`^\\[\\d\\d:\\d\\d:\\d\\d\\] INFO: ${user.name}: "list configurations" → ${OUTCOME}$`),
    );
    const { start } = bannerRange();
    const sinceBanner = local.output.slice(start);
    assert.ok(
      sinceBanner.length <= SCREEN_LINES,
      `the banner scrolled off a ${SCREEN_LINES}-line screen; since it:\n${sinceBanner.join('\n')}`,
    );
    assert.deepEqual(
      local.output.slice(bannerRange().end + 1).filter((l) => l.trim() !== '' && !/\(slow: \d+ ms\)/.test(l)),
      [turnLine],
      'nothing but the turn line (and any slow Graph call) after the banner',
    );
  });

  it('logs each later message as one line too', async () => {
    await say('help', 'first-run-2');
    const turnLine = await waitForLine(local.output, (l) => l.includes('"help"'));
    assert.match(turnLine, /: "help" → help, answered \(\d+ ms\)$/);
  });
});

/** Resolves with the first output line that matches, now or once it is printed. */
async function waitForLine(output: string[], match: (line: string) => boolean): Promise<string> {
  for (;;) {
    const line = output.find(match);
    if (line !== undefined) return line;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
