import assert from 'node:assert/strict';
import path from 'node:path';
import type { ApprovalRequest } from '../../src/approvals/model';
import { ApprovalStore } from '../../src/approvals/store';
import type { MonitorCursor } from '../../src/alerts/types';
import { Verb } from '../../src/cards/verbs';
import { readItem } from '../../src/storage';
import type { JobRecord } from '../../src/storage/leader/leaderElector';
import { jobKey } from '../../src/storage/leader/localLeader';
import { SqliteStorage } from '../../src/storage/sqlite/sqliteStorage';
import { cardText } from '../support/adaptiveCard';
import type { ReceivedActivity } from '../support/connector';
import { captureLogs } from '../support/logs';
import { BotInstance, graphCalls, OPS_CHANNEL, Person, ScaleWorld, until } from '../support/scaleHarness';
import { assignedCount, cardIn, chooseApprovalsChannel, requestChange, startAlertWorld } from './approvalFlow';

const POLL_SECONDS = 2;

const isAlertPost = (configuration: string) => (r: ReceivedActivity) =>
  r.method === 'POST' &&
  r.conversationId === OPS_CHANNEL.id &&
  cardIn(r.activity) !== undefined &&
  new RegExp(`· ${configuration}$`, 'm').test(cardText(cardIn(r.activity)));

/**
 * The embedded back end (SQLite under DATA_DIR) survives SIGKILL at the worst moments: the bot
 * is killed while an approved change is on its way to Graph, and while the alert monitor reads
 * the provisioning logs, then started again on the same DATA_DIR.
 */
describe('SIGKILL during approvals and alerts on SQLite @scale', function () {
  this.timeout(120_000);
  let world: ScaleWorld;
  let bot: BotInstance;
  let megan: Person;
  let alex: Person;

  before(async function () {
    world = await startAlertWorld(POLL_SECONDS);
    bot = await world.start('bot');
    [megan, alex] = await Promise.all(['MeganB@contoso.com', 'AlexW@contoso.com'].map((u) => world.person(u)));
    await chooseApprovalsChannel(world, bot, alex);
  });

  afterEach(async function () {
    await world.simulator.control('DELETE', '/faults');
    if (this.currentTest?.state === 'failed') {
      const lines = bot.logs.filter((l) => l.level >= 30 && !/^Graph /.test(l.msg)).slice(-30);
      process.stderr.write(`${lines.map((l) => JSON.stringify(l).slice(0, 300)).join('\n')}\n`);
    }
  });

  after(async function () {
    this.timeout(60_000);
    await world?.stop();
  });

  /** Reads the bot's SQLite file beside the running bot (WAL lets a second connection read). */
  async function stored<T>(read: (storage: SqliteStorage) => Promise<T>): Promise<T> {
    const storage = SqliteStorage.open(path.join(world.dataDir, 'bot.sqlite'), captureLogs('silent').logger);
    try {
      return await read(storage);
    } finally {
      await storage.close();
    }
  }
  const request = (id: string) => stored((s) => new ApprovalStore(s).require(id));
  const cursor = () =>
    stored(async (s) => (await readItem<JobRecord<MonitorCursor>>(s, jobKey('alert-monitor')))?.cursor);

  async function approveAndKill(
    group: string,
    graphCall: { method: 'GET' | 'POST' },
  ): Promise<{ requestId: string; cardId: string }> {
    const { approveData, cardId } = await requestChange(
      world,
      megan,
      `add the ${group} group to Contoso A because the pilot starts Monday`,
      bot,
    );
    const requestId = String(approveData.requestId);
    // The apply's call to Graph hangs for a while: the bot is killed while it waits.
    await world.simulator.control('POST', '/faults', {
      kind: 'delay',
      method: graphCall.method,
      path: 'appRoleAssignedTo',
      delayMs: 3000,
      count: 1,
    });
    const calls = await graphCalls(world.simulator, graphCall.method, 'appRoleAssignedTo');
    const click = world
      .click(bot, alex, Verb.approvalApprove, approveData, cardId, OPS_CHANNEL)
      .catch((error: unknown) => error);
    await until(async () => (await graphCalls(world.simulator, graphCall.method, 'appRoleAssignedTo')) > calls);
    assert.equal((await request(requestId)).status, 'applying', 'the approval was accepted and the apply started');
    // The click is answered within about a second (the card in its working state) while the apply waits on Graph.
    const answered = (await click) as { status?: number };
    assert.equal(answered.status, 200, 'the click was answered while the apply went on');
    await bot.kill();
    return { requestId, cardId };
  }

  async function assertAppliedOnce(requestId: string, cardId: string, group: string): Promise<void> {
    const update = await world.connector.waitFor(
      (r) => r.method === 'PUT' && r.activityId === cardId && /applied/.test(cardText(cardIn(r.activity))),
    );
    assert.match(
      cardText(cardIn(update.activity)),
      new RegExp(`Approved by Alex Wilber .* applied: ${group} (was|is already) assigned to Contoso A`),
    );
    const settled = await request(requestId);
    assert.equal(settled.status, 'applied');
    assert.equal(await assignedCount(world, 'Contoso A', group), 1);
    assert.equal(
      bot.logs.filter((e) => e.msg === 'resuming an interrupted apply' && e.requestId === requestId).length,
      1,
    );
    const told = () =>
      world.connector.received.filter(
        (r) =>
          r.conversationId === `a:${megan.id}` &&
          new RegExp(`Your request "Add group ${group}`).test(r.activity.text ?? ''),
      );
    await until(() => told().length > 0);
    assert.equal(told().length, 1, 'the requester is told once');
    assert.equal(
      world.connector.received.filter(
        (r) => r.method === 'PUT' && r.activityId === cardId && /applied/.test(cardText(cardIn(r.activity))),
      ).length,
      1,
    );
  }

  it('an approval killed before its change reached Graph is applied once after the restart', async () => {
    const { requestId, cardId } = await approveAndKill('Retail', { method: 'GET' });
    const posts = await graphCalls(world.simulator, 'POST', 'appRoleAssignedTo');
    assert.equal(await assignedCount(world, 'Contoso A', 'Retail'), 0, 'nothing reached Graph before the kill');
    bot = await world.start('bot');
    await assertAppliedOnce(requestId, cardId, 'Retail');
    assert.equal(
      (await graphCalls(world.simulator, 'POST', 'appRoleAssignedTo')) - posts,
      1,
      'the restarted bot assigned it, once',
    );
    const stillApplying = (await stored((s) => new ApprovalStore(s).list())).filter(
      (r: ApprovalRequest) => r.status === 'applying',
    );
    assert.deepEqual(stillApplying, []);
  });

  it('an approval killed while its change was on its way to Graph is confirmed, not applied twice', async () => {
    const { requestId, cardId } = await approveAndKill('Sales', { method: 'POST' });
    // The simulator finishes the request the dead bot sent.
    await until(async () => (await assignedCount(world, 'Contoso A', 'Sales')) === 1);
    const posts = await graphCalls(world.simulator, 'POST', 'appRoleAssignedTo');
    bot = await world.start('bot');
    await assertAppliedOnce(requestId, cardId, 'Sales');
    assert.equal(
      await graphCalls(world.simulator, 'POST', 'appRoleAssignedTo'),
      posts,
      'the restarted bot found it assigned and did not post again',
    );
    assert.match((await request(requestId)).result?.detail ?? '', /confirmed after an interrupted attempt/);
  });

  it(
    'a monitor killed while reading the logs posts the alert once after the restart, keeping its ' + 'watermark',
    async () => {
      const from = world.connector.received.length;
      assert.equal(await world.say(bot, alex, 'subscribe to alerts here', OPS_CHANNEL), 200);
      await world.connector.waitFor(
        (r) =>
          world.connector.received.indexOf(r) >= from &&
          r.conversationId === OPS_CHANNEL.id &&
          /Subscribed/.test(r.activity.text ?? cardText(cardIn(r.activity))),
      );
      const contosoB = (await world.gateway.listConfigurations()).find(
        (c) => c.displayName === 'Contoso B',
      )!.servicePrincipalId;
      await until(async () => (await cursor())?.configurations[contosoB]?.watermark !== undefined);
      const before = (await cursor())!.configurations[contosoB].watermark!;

      await world.simulator.control('POST', '/tenants/northwind/break', {
        what: 'inboundUserSync',
        partner: 'contoso',
      });
      await world.simulator.control('POST', '/faults', {
        kind: 'delay',
        method: 'GET',
        path: 'auditLogs/provisioning',
        delayMs: 3000,
        count: 1,
      });
      const reads = await graphCalls(world.simulator, 'GET', 'auditLogs/provisioning');
      await world.simulator.control('POST', `/configurations/${encodeURIComponent('Contoso B')}/cycle`);
      await until(async () => (await graphCalls(world.simulator, 'GET', 'auditLogs/provisioning')) > reads);
      await bot.kill();
      assert.equal(
        world.connector.received.filter(isAlertPost('Contoso B')).length,
        0,
        'killed before anything was posted',
      );
      assert.equal((await cursor())!.configurations[contosoB].watermark, before, 'the interrupted poll moved nothing');
      bot = await world.start('bot');

      const posted = await world.connector.waitFor(isAlertPost('Contoso B'));
      assert.match(cardText(cardIn(posted.activity)), /cross-tenant policy or credentials/);
      const postedLog = await bot.waitForLog((e) => e.msg === 'alert posted' && e.activityId === posted.id);
      // logged once the cursor is written
      await bot.waitForLog((e) => e.msg === 'alert poll', bot.logs.indexOf(postedLog) + 1);
      const after = (await cursor())!.configurations[contosoB].watermark!;
      assert.ok(Date.parse(after) >= Date.parse(before), `the watermark went back from ${before} to ${after}`);

      // Another failing cycle and two more polls: the card is updated, never posted again.
      await world.simulator.control('POST', `/configurations/${encodeURIComponent('Contoso B')}/cycle`);
      const first = await bot.waitForLog((e) => e.msg === 'alert poll', bot.logs.length);
      await bot.waitForLog((e) => e.msg === 'alert poll', bot.logs.indexOf(first) + 1);
      assert.equal(world.connector.received.filter(isAlertPost('Contoso B')).length, 1);
    },
  );
});
