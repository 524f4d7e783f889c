import assert from 'node:assert/strict';
import { Verb } from '../../src/cards/verbs';
import { buttonsOf, cardText } from '../support/adaptiveCard';
import type { ReceivedActivity } from '../support/connector';
import { BotInstance, graphCalls, Person, ScaleWorld, startScaleWorld, until } from '../support/scaleHarness';
import { cardIn } from './approvalFlow';

/** Teams shows "Something went wrong" after about 10-15 s; the bot answers well inside that. */
const ANSWER_LIMIT_MS = 2000;
const SLOW_MS = 20_000;

/**
 * The bot process with provisionOnDemand slowed to 20 s by the simulator's fault API: Teams gets its answers at
 * once, the work goes on after them and updates the same card, a redelivered message runs once, and a card left
 * working by a killed process says so after the restart.
 */
describe('answering Teams in time while Graph is slow (bot process) @scale', function () {
  this.timeout(180_000);
  let world: ScaleWorld;
  let bot: BotInstance;
  let megan: Person;

  before(async function () {
    this.timeout(60_000);
    // The bot's Graph timeout must outlast the slowed call (Graph itself takes up to 30 s for provisionOnDemand).
    world = await startScaleWorld({ backend: 'sqlite', env: { GRAPH_TIMEOUT_MS: '60000', LOG_LEVEL: 'debug' } });
    bot = await world.start('bot');
    megan = await world.person('MeganB@contoso.com');
  });

  afterEach(async () => {
    await world.simulator.control('DELETE', '/faults');
  });

  after(async function () {
    this.timeout(60_000);
    await world?.stop();
  });

  const onDemandCalls = () => graphCalls(world.simulator, 'POST', 'provisionOnDemand');
  const slowDown = (count: number) =>
    world.simulator.control('POST', '/faults', {
      kind: 'delay',
      method: 'POST',
      path: 'provisionOnDemand',
      delayMs: SLOW_MS,
      count,
    });
  const inChat = (r: ReceivedActivity) => r.conversationId === `a:${megan.id}`;
  const isResult = (r: ReceivedActivity) => buttonsOf(cardIn(r.activity)).some((b) => b.title === 'Run again');
  /** The first card posted in Megan's chat after `from` that mentions `text`. */
  const postedCard = (from: number, text: RegExp) =>
    world.connector.waitFor(
      (r) =>
        world.connector.received.indexOf(r) >= from &&
        r.method === 'POST' &&
        inChat(r) &&
        text.test(cardText(cardIn(r.activity))),
    );
  const updateOf = (cardId: string, from: number, match: (r: ReceivedActivity) => boolean) =>
    world.connector.waitFor(
      (r) => world.connector.received.indexOf(r) >= from && r.method === 'PUT' && r.activityId === cardId && match(r),
    );
  async function timed<T>(call: () => Promise<T>): Promise<{ value: T; ms: number }> {
    const started = Date.now();
    const value = await call();
    return { value, ms: Date.now() - started };
  }

  it('answers the typed command and the Run again click within 2 s; the result reaches the same card', async () => {
    await slowDown(2);
    const from = world.connector.received.length;
    const said = await timed(() => world.say(bot, megan, 'provision Adele Vance now'));
    assert.equal(said.value, 200);
    assert.ok(said.ms < ANSWER_LIMIT_MS, `the message was answered in ${said.ms} ms`);
    const card = await postedCard(from, /Provisioning Adele Vance/);
    const result = await updateOf(card.id, from, isResult);
    assert.match(cardText(cardIn(result.activity)), /Provisioning Adele Vance[\s\S]*Fabrikam/);

    const again = buttonsOf(cardIn(result.activity)).find((b) => b.title === 'Run again')!;
    const beforeClick = world.connector.received.length;
    const clicked = await timed(() => world.click(bot, megan, again.verb, again.data, card.id));
    assert.equal(clicked.value.status, 200);
    assert.ok(clicked.ms < ANSWER_LIMIT_MS, `the click was answered in ${clicked.ms} ms`);
    assert.equal(clicked.value.type, 'application/vnd.microsoft.card.adaptive');
    assert.match(
      cardText(clicked.value.value),
      /Provisioning Adele Vance/,
      'the click is answered with the working card',
    );
    assert.ok(!isResult({ activity: { attachments: [{ content: clicked.value.value }] } } as ReceivedActivity));
    const second = await updateOf(card.id, beforeClick, isResult);
    assert.match(cardText(cardIn(second.activity)), /already|in sync|no changes|Updated|Created/i);
    assert.equal(
      world.connector.received.filter((r) => r.method === 'POST' && inChat(r) && r.id !== card.id).length,
      world.connector.received.filter((r) => r.method === 'POST' && inChat(r)).length - 1,
      'one card in the chat, updated in place',
    );
    const logged = bot.logs.filter((l) => l.msg === 'work started');
    assert.ok(logged.length >= 2, 'the work queue logs its work');
    assert.deepEqual(Object.keys(logged[0].queue as object).sort(), ['inFlight', 'waiting']);
  });

  it('runs a redelivered message once: the simulator sees one provisionOnDemand call', async () => {
    const calls = await onDemandCalls();
    const from = world.connector.received.length;
    const id = `redelivered-${Date.now()}`;
    assert.equal(await world.say(bot, megan, 'provision Adele Vance now', undefined, id), 200);
    assert.equal(await world.say(bot, megan, 'provision Adele Vance now', undefined, id), 200);
    const card = await postedCard(from, /Provisioning Adele Vance/);
    await updateOf(card.id, from, isResult);
    await bot.waitForLog((l) => l.msg === 'activity delivered again: not run a second time');
    assert.equal((await onDemandCalls()) - calls, 1, 'provisionOnDemand was called once');
    const cards = world.connector.received.slice(from).filter((r) => r.method === 'POST' && r.activityId === id);
    assert.equal(cards.length, 1, 'one card for the activity, however often it came');
  });

  it('after SIGKILL during a 20 s provision, the restarted bot marks the card interrupted with Run again', async () => {
    await slowDown(1);
    const calls = await onDemandCalls();
    const from = world.connector.received.length;
    const logged = bot.logs.length;
    assert.equal(await world.say(bot, megan, 'provision Adele Vance now'), 200);
    const card = await postedCard(from, /Provisioning Adele Vance/);
    await until(async () => (await onDemandCalls()) > calls);
    // An operation is recorded once it has run half a second; this one waits 20 s on Graph.
    await Promise.race([
      bot.waitForLog((l) => l.msg === 'operation in flight recorded', logged),
      new Promise((_, reject) =>
        setTimeout(
          () =>
            reject(
              new Error(
                bot.logs
                  .slice(-25)
                  .map((l) => JSON.stringify(l).slice(0, 250))
                  .join('\n'),
              ),
            ),
          30_000,
        ).unref(),
      ),
    ]);
    await bot.kill();
    bot = await world.start('bot-after-kill');
    const told = await updateOf(card.id, from, (r) => /Interrupted/.test(cardText(cardIn(r.activity))));
    const text = cardText(cardIn(told.activity));
    assert.match(text, /The bot restarted before this finished/);
    const runAgain = buttonsOf(cardIn(told.activity)).find((b) => b.title === 'Run again');
    assert.equal(runAgain?.verb, Verb.workRunAgain);
    assert.equal((await onDemandCalls()) - calls, 1, 'nothing was provisioned again by the restart');

    // Run again replays the command on the same card, through the role check, and ends with the result.
    const beforeClick = world.connector.received.length;
    const clicked = await world.click(bot, megan, runAgain.verb, runAgain.data, card.id);
    assert.equal(clicked.status, 200);
    const result = await updateOf(card.id, beforeClick, isResult);
    assert.match(cardText(cardIn(result.activity)), /Provisioning Adele Vance/);
    assert.equal((await onDemandCalls()) - calls, 2);
  });

  it('on SIGTERM lets the work in flight use its grace period, then marks its card interrupted', async () => {
    await bot.stop();
    bot = await world.start('bot-with-grace', { SHUTDOWN_GRACE_SECONDS: '1' });
    await slowDown(1);
    const from = world.connector.received.length;
    assert.equal(await world.say(bot, megan, 'provision Adele Vance now'), 200);
    const card = await postedCard(from, /Provisioning Adele Vance/);
    await until(async () => ((await fetch(`${bot.url}/readyz`)).status === 200 ? true : false));
    const ready = (await (await fetch(`${bot.url}/readyz`)).json()) as { queue: unknown };
    assert.deepEqual(ready.queue, { inFlight: 1, waiting: 0 }, '/readyz counts the work in flight');
    assert.equal(await bot.stop(), 0);
    const told = await updateOf(card.id, from, (r) => /Interrupted/.test(cardText(cardIn(r.activity))));
    assert.match(cardText(cardIn(told.activity)), /The bot was stopped before this finished/);
    assert.ok(bot.logs.some((l) => l.msg === 'work still running at the end of the grace period'));
    bot = await world.start('bot-after-stop');
    await bot.waitForLog((l) => /^bot listening/.test(l.msg));
    assert.ok(
      !bot.logs.some((l) => l.msg === 'card left working by a stopped process marked interrupted'),
      'a clean stop leaves no record behind to mark again',
    );
  });
});
