import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TurnState } from '@microsoft/teams-ai';
import { Activity, ActivityTypes, TestAdapter, TurnContext } from 'botbuilder';
import { renderNoticeCard } from '../../../src/cards/notice';
import type { AdaptiveCard } from '../../../src/cards/render';
import { Verb } from '../../../src/cards/verbs';
import { CodedError, ErrorCode } from '../../../src/errors';
import { type Background, createBackground } from '../../../src/bot/work/background';
import { WorkRecords } from '../../../src/bot/work/workRecords';
import { SqliteStorage } from '../../../src/storage/sqlite/sqliteStorage';
import { buttonsOf, cardText } from '../../support/adaptiveCard';
import { captureLogs } from '../../support/logs';
import { teamsActivity, withProactive } from '../../support/turns';

const ANSWER_WITHIN_MS = 50;
const CLICKED = 'card-message-7';

function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

const card = (title: string): AdaptiveCard => renderNoticeCard({ title, tone: 'good', lines: ['done'] });

/** A bot-less world: a TestAdapter with a proactive path, every card update recorded, and a background on it. */
function world(storage?: SqliteStorage) {
  const logs = captureLogs('debug');
  const adapter = withProactive(new TestAdapter());
  const updates: Array<Partial<Activity>> = [];
  const update = adapter.updateActivity.bind(adapter);
  adapter.updateActivity = async (ctx, activity) => {
    updates.push(activity);
    return update(ctx, activity);
  };
  const { background } = createBackground({
    adapter,
    appId: '',
    logger: logs.logger,
    concurrency: 2,
    answerWithinMs: ANSWER_WITHIN_MS,
    storage,
    recordAfterMs: 0,
  });
  /** Runs `handle` inside a turn for `activity`, as a route would, and returns what it returned. */
  const turn = async <T>(activity: Partial<Activity>, handle: (b: Background, ctx: TurnContext) => Promise<T>) => {
    let out: T | undefined;
    await adapter.processActivity(activity, async (ctx) => void (out = await handle(background, ctx)));
    return out as T;
  };
  const click = teamsActivity({
    type: ActivityTypes.Invoke,
    name: 'adaptiveCard/action',
    replyToId: CLICKED,
    value: { action: { type: 'Action.Execute', verb: 'x', data: {} }, trigger: 'manual' },
  });
  return { logs, adapter, updates, background, turn, click, log: logs.logger };
}

const state = {} as TurnState;

describe('work after the answer (src/bot/work/background)', () => {
  it('answers a quick click with its result, and records nothing for it', async () => {
    const w = world();
    const answer = await w.turn(w.click, (b, context) =>
      b.button({ context, state, log: w.log }, { title: 'Quick' }, async () => card('Quick result')),
    );
    assert.match(cardText(answer), /Quick result/);
    await w.background.idle();
    assert.equal(w.updates.length, 0, 'nothing to update: the answer was the result');
  });

  it('answers a slow click with its working card, then puts the result on the clicked card', async () => {
    const w = world();
    const slow = gate();
    const answer = await w.turn(w.click, (b, context) =>
      b.button({ context, state, log: w.log }, { title: 'Provisioning Adele Vance' }, async () => {
        await slow.opened;
        return card('Provisioned');
      }),
    );
    assert.match(cardText(answer), /Provisioning Adele Vance[\s\S]*Working on it/);
    assert.deepEqual(w.background.counts, { inFlight: 1, waiting: 0 });
    slow.open();
    await w.background.idle();
    assert.equal(w.updates.length, 1);
    assert.equal(w.updates[0].id, CLICKED);
    assert.match(cardText(w.updates[0].attachments?.[0]?.content), /Provisioned/);
  });

  it('a slow click that fails shows the error on the clicked card, and logs it', async () => {
    const w = world();
    const slow = gate();
    await w.turn(w.click, (b, context) =>
      b.button({ context, state, log: w.log }, { title: 'Test connection' }, async () => {
        await slow.opened;
        throw new CodedError(ErrorCode.GraphTimeout, 'Graph did not answer in time.');
      }),
    );
    slow.open();
    await w.background.idle();
    assert.equal(w.updates.length, 1);
    assert.equal(w.updates[0].id, CLICKED);
    assert.match(cardText(w.updates[0].attachments?.[0]?.content), /Graph did not answer in time/);
    assert.ok(w.logs.find('', (e) => e.code === 'GraphTimeout').length > 0, 'the failure is logged with its code');
  });

  it('a typed command returns before its work; the work sends its card and logs the queue', async () => {
    const w = world();
    const slow = gate();
    let returned = false;
    await w.turn(
      teamsActivity({ type: ActivityTypes.Message, text: 'provision Adele Vance now' }),
      async (b, context) => {
        await b.command({ context, state, log: w.log }, { title: 'Provision users' }, async (t) => {
          await slow.opened;
          await t.context.sendActivity('Adele Vance was created in Fabrikam');
        });
        returned = true;
      },
    );
    assert.ok(returned);
    assert.equal(w.adapter.activeQueue.length, 0, 'the turn ended before the work sent anything');
    slow.open();
    await w.background.idle();
    assert.deepEqual(
      w.adapter.activeQueue.map((a) => a.text),
      ['Adele Vance was created in Fabrikam'],
    );
    const started = w.logs.find('work started')[0];
    assert.deepEqual(started.queue, { inFlight: 1, waiting: 0 });
  });

  describe('recorded in storage', () => {
    let dir: string;
    let storage: SqliteStorage;
    beforeEach(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'work-records-'));
      storage = SqliteStorage.open(path.join(dir, 'bot.sqlite'), captureLogs('silent').logger);
    });
    afterEach(async () => {
      await storage.close();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it('keeps a record with the card while the work runs, and removes it after', async () => {
      const w = world(storage);
      const slow = gate();
      await w.turn(w.click, (b, context) =>
        b.button({ context, state, log: w.log }, { title: 'Slow' }, async () => {
          await slow.opened;
          return card('Done');
        }),
      );
      await until(async () => (await storage.listKeys('work/inflight/')).length > 0);
      const keys = await storage.listKeys('work/inflight/');
      assert.equal(keys.length, 1);
      const record = (await storage.read(keys))[keys[0]] as { cardId?: string; title: string };
      assert.equal(record.cardId, CLICKED);
      slow.open();
      await w.background.idle();
      assert.deepEqual(await storage.listKeys('work/inflight/'), []);
    });

    it('at start, marks each card a stopped process left working as interrupted with Run again, once', async () => {
      const records = new WorkRecords(storage);
      const again = { kind: 'command' as const, name: 'provisionUsers', payload: '{"users":"Adele Vance"}' };
      await records.add({
        owner: 'a-process-that-died',
        title: 'Provision users',
        reference: { ...turnReference(), activityId: undefined },
        cardId: 'card-left-working',
        again,
        startedAt: new Date().toISOString(),
      });
      const w = world(storage);
      await w.background.start();
      assert.equal(w.updates.length, 1);
      assert.equal(w.updates[0].id, 'card-left-working');
      const shown = w.updates[0].attachments?.[0]?.content;
      assert.match(cardText(shown), /Interrupted[\s\S]*The bot restarted before this finished/);
      const [button] = buttonsOf(shown);
      assert.equal(button.verb, Verb.workRunAgain);
      assert.deepEqual(button.data, again);
      assert.deepEqual(await storage.listKeys('work/inflight/'), [], 'the record is gone: told once');
      const next = world(storage);
      await next.background.start();
      assert.equal(next.updates.length, 0, 'the next start finds nothing left to tell');
      await next.background.stop(0);
      await w.background.stop(0);
    });
  });
});

async function until(condition: () => Promise<boolean>): Promise<void> {
  while (!(await condition())) await new Promise((resolve) => setTimeout(resolve, 10));
}

function turnReference() {
  return TurnContext.getConversationReference(teamsActivity({ type: ActivityTypes.Message, id: 'x' }));
}
