import assert from 'node:assert/strict';
import { Verb } from '../../src/cards/verbs';
import { cardText } from '../support/adaptiveCard';
import type { ReceivedActivity } from '../support/connector';
import {
  BotInstance,
  graphCalls,
  OPS_CHANNEL,
  Person,
  ScaleWorld,
  startScaleWorld,
  until,
} from '../support/scaleHarness';
import { assignedCount, cardIn, chooseApprovalsChannel, requestChange } from './approvalFlow';

const POLL_SECONDS = 2;
const LEASE_SECONDS = 15;
/** An apply idle this long is taken over by a running instance, checked as often. */
const RESUME_SECONDS = 4;
/** The lease elector of a non-leader tries to take the lease every lease/3 (blobLeaseLeader's default). */
const TAKEOVER_TRIES_SECONDS = LEASE_SECONDS / 3;

const card = cardIn;
const isAlertPost = (configuration: string) => (r: ReceivedActivity) =>
  r.method === 'POST' &&
  r.conversationId === OPS_CHANNEL.id &&
  card(r.activity) !== undefined &&
  new RegExp(`· ${configuration}$`, 'm').test(cardText(card(r.activity)));

/**
 * Two bot processes behind one (imagined) Azure Bot Service: one Azurite, one simulator, one
 * Bot Connector. Activities go to either instance; the alert monitor runs on the lease holder.
 */
describe('two bot instances sharing Azure Blob Storage @scale', function () {
  this.timeout(180_000);
  let world: ScaleWorld;
  let a: BotInstance;
  let b: BotInstance;
  let megan: Person; // Global Administrator: requests
  let alex: Person; // Hybrid Identity Administrator: chooses the channel, approves
  let isaiah: Person; // approves too

  before(async function () {
    this.timeout(120_000);
    world = await startScaleWorld({
      backend: 'blob',
      env: {
        ALERT_POLL_SECONDS: String(POLL_SECONDS),
        ALERT_LEASE_SECONDS: String(LEASE_SECONDS),
        APPROVAL_RESUME_SECONDS: String(RESUME_SECONDS),
        LOG_LEVEL: 'debug',
      },
    });
    // Northwind is seeded with inbound auto-redemption off: make Contoso B healthy before any monitor looks.
    await world.simulator.control('POST', '/tenants/northwind/repair', {
      what: 'inboundAutoRedemption',
      partner: 'contoso',
    });
    await world.simulator.control('POST', `/configurations/${encodeURIComponent('Contoso B')}/cycle`);
    a = await world.start('instance-a');
    await a.waitForLog((e) => e.msg === 'Became leader');
    b = await world.start('instance-b');
    [megan, alex, isaiah] = await Promise.all(
      ['MeganB@contoso.com', 'AlexW@contoso.com', 'IsaiahL@contoso.com'].map((u) => world.person(u)),
    );
  });

  afterEach(function () {
    if (this.currentTest?.state !== 'failed') return;
    for (const instance of [a, b]) {
      const lines = instance?.logs.filter((l) => l.level >= 30 && l.msg !== 'request').slice(-25) ?? [];
      process.stderr.write(`--- ${instance?.name}\n${lines.map((l) => JSON.stringify(l).slice(0, 300)).join('\n')}\n`);
    }
  });

  after(async function () {
    this.timeout(60_000);
    await world?.stop();
  });

  it('posts an alert once, from the leader, to a channel subscribed on the other instance', async () => {
    assert.equal(await world.say(b, alex, 'subscribe to alerts here', OPS_CHANNEL), 200);
    await world.connector.waitFor(
      (r) => r.conversationId === OPS_CHANNEL.id && /Subscribed/.test(r.activity.text ?? cardText(card(r.activity))),
    );

    await world.simulator.control('POST', '/tenants/northwind/break', { what: 'inboundUserSync', partner: 'contoso' });
    await world.simulator.control('POST', `/configurations/${encodeURIComponent('Contoso B')}/cycle`);
    const posted = await world.connector.waitFor(isAlertPost('Contoso B'));
    assert.match(cardText(card(posted.activity)), /cross-tenant policy or credentials/);

    // Two more polls on the leader and several elections on the follower later, still one card.
    const firstPoll = await a.waitForLog((e) => e.msg === 'alert poll', a.logs.length);
    await a.waitForLog((e) => e.msg === 'alert poll', a.logs.indexOf(firstPoll) + 1);
    assert.equal(world.connector.received.filter(isAlertPost('Contoso B')).length, 1);
    assert.equal(a.logs.filter((e) => e.msg === 'alert posted').length, 1);
    assert.equal(
      b.logs.filter((e) => e.msg === 'alert posted' || e.msg === 'alert poll').length,
      0,
      'the follower never polls',
    );
  });

  it('applies an approval exactly once when approve clicks reach both instances together', async () => {
    // The channel is chosen on A; Megan previews and submits on B, which finds A's choice.
    await chooseApprovalsChannel(world, a, alex);
    const { approveData, cardId } = await requestChange(
      world,
      megan,
      'add the Sales group to Contoso A because the sales pilot starts Monday',
      b,
    );
    const postsBefore = await graphCalls(world.simulator, 'POST', 'appRoleAssignedTo');
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        world.click(i % 2 ? a : b, i % 4 < 2 ? alex : isaiah, Verb.approvalApprove, approveData, cardId, OPS_CHANNEL),
      ),
    );
    assert.ok(
      answers.every((x) => x.status === 200),
      answers.map((x) => x.status).join(','),
    );
    const applied = answers.filter((x) => x.type === 'application/vnd.microsoft.card.adaptive');
    assert.equal(applied.length, 1, answers.map((x) => JSON.stringify(x.value).slice(0, 120)).join('\n'));
    assert.match(cardText(applied[0].value), /Approved by .* applied: Sales was assigned to Contoso A/);
    assert.ok(
      answers
        .filter((x) => x !== applied[0])
        .every((x) => /already approved by .* and applied|being applied|already/i.test(String(x.value))),
      answers.map((x) => String(x.value)).join('\n'),
    );

    // Graph: one POST, one assignment. Chat: one "applied" update of the card, the requester told once.
    assert.equal((await graphCalls(world.simulator, 'POST', 'appRoleAssignedTo')) - postsBefore, 1);
    assert.equal(await assignedCount(world, 'Contoso A', 'Sales'), 1);
    await world.connector.waitFor(
      (r) => r.conversationId === `a:${megan.id}` && /Your request/.test(r.activity.text ?? ''),
    );
    const updates = world.connector.received.filter(
      (r) => r.method === 'PUT' && r.activityId === cardId && /applied/.test(cardText(card(r.activity))),
    );
    assert.equal(updates.length, 1, 'one "applied" card update');
    assert.equal(
      world.connector.received.filter(
        (r) => r.conversationId === `a:${megan.id}` && /Your request/.test(r.activity.text ?? ''),
      ).length,
      1,
    );
  });

  it('finishes an approval on the running instance when the instance applying it is killed', async () => {
    const leader = a.logs.some((e) => e.msg === 'Became leader') ? a : b;
    const applier = leader === a ? b : a; // the monitor stays where it is
    const { approveData, cardId } = await requestChange(
      world,
      megan,
      'add the Retail group to Contoso A because the store pilot starts Monday',
      applier,
    );
    // The apply's first Graph read hangs: the applying instance is killed while it waits.
    await world.simulator.control('POST', '/faults', {
      kind: 'delay',
      method: 'GET',
      path: 'appRoleAssignedTo',
      delayMs: 3000,
      count: 1,
    });
    const reads = await graphCalls(world.simulator, 'GET', 'appRoleAssignedTo');
    const click = world
      .click(applier, alex, Verb.approvalApprove, approveData, cardId, OPS_CHANNEL)
      .catch((error: unknown) => error);
    await until(async () => (await graphCalls(world.simulator, 'GET', 'appRoleAssignedTo')) > reads);
    // The click is answered within about a second (the card in its working state) while the apply waits on Graph.
    const answered = (await click) as { status?: number };
    assert.equal(answered.status, 200, 'the click was answered while the apply went on');
    await applier.kill();
    const killedAt = Date.now();

    const update = await world.connector.waitFor(
      (r) => r.method === 'PUT' && r.activityId === cardId && /applied/.test(cardText(card(r.activity))),
    );
    const seconds = (Date.now() - killedAt) / 1000;
    process.stdout.write(
      `      (applied by the running instance ${seconds.toFixed(1)} s after the kill; takeover after ` +
        `${RESUME_SECONDS} s idle, checked every ${RESUME_SECONDS} s)\n`,
    );
    assert.match(
      cardText(card(update.activity)),
      /Approved by Alex Wilber .* applied: Retail (was|is already) assigned to Contoso A/,
    );
    assert.equal(await assignedCount(world, 'Contoso A', 'Retail'), 1);
    assert.equal(leader.logs.filter((e) => e.msg === 'resuming an interrupted apply').length, 1);
    assert.ok(seconds <= 2 * RESUME_SECONDS + 5, `took ${seconds} s`);

    // Back to two instances for what follows.
    const restarted = await world.start(applier === a ? 'instance-a' : 'instance-b');
    if (applier === a) a = restarted;
    else b = restarted;
  });

  it(
    'hands the monitor to the other instance when the leader is killed, within the lease, a try ' + 'and a poll',
    async () => {
      const leader =
        a.logs.some((e) => e.msg === 'Became leader') && !b.logs.some((e) => e.msg === 'Became leader') ? a : b;
      const follower = leader === a ? b : a;
      await leader.kill();
      const killedAt = Date.now();
      // The next problem: Fabrikam stops allowing inbound sync, so Contoso A fails.
      await world.simulator.control('POST', '/tenants/fabrikam/break', { what: 'inboundUserSync', partner: 'contoso' });
      await world.simulator.control('POST', `/configurations/${encodeURIComponent('Contoso A')}/cycle`);
      await follower.waitForLog((e) => e.msg === 'Became leader');
      const posted = await world.connector.waitFor(isAlertPost('Contoso A'));
      const seconds = (Date.now() - killedAt) / 1000;
      process.stdout.write(
        `      (alert posted by the new leader ${seconds.toFixed(1)} s after the kill; lease ${LEASE_SECONDS} s, ` +
          `tries ` +
          `every ${TAKEOVER_TRIES_SECONDS} s, poll ${POLL_SECONDS} s)\n`,
      );
      // Bound: the lease may have been renewed just before the kill, the follower tries every lease/3, then one poll; 3
      // s for the work itself.
      assert.ok(seconds <= LEASE_SECONDS + TAKEOVER_TRIES_SECONDS + POLL_SECONDS + 3, `took ${seconds} s`);
      await follower.waitForLog((e) => e.msg === 'alert posted' && e.activityId === posted.id);
      assert.equal(follower.logs.filter((e) => e.msg === 'alert posted').length, 1, 'only the new incident is posted');
      assert.equal(
        world.connector.received.filter(isAlertPost('Contoso B')).length,
        1,
        'the open incident is not posted again by the new leader',
      );
      assert.equal(world.connector.received.filter(isAlertPost('Contoso A')).length, 1);
    },
  );

  it('releases the lease on SIGTERM', async () => {
    const leader = [a, b].find((x) => !x.exited)!;
    assert.equal(await leader.stop(), 0);
    assert.ok(
      leader.logs.some((e) => e.msg === 'Released leadership'),
      'the lease is released, not left to expire',
    );
  });
});
