import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setImmediate as settle } from 'node:timers/promises';
import { Application, TeamsAdapter, TurnState } from '@microsoft/teams-ai';
import { Activity, ActivityTypes, TestAdapter, TurnContext } from 'botbuilder';
import { onTurnError } from '../../src/bot/errors/onTurnError';
import { serializeTurns, TurnRunner } from '../../src/bot/turn/serialTurns';
import { CodedError, ErrorCode } from '../../src/errors';
import { readItem, TurnStateStorage } from '../../src/storage';
import { storageConflict } from '../../src/storage/storageErrors';
import { SqliteStorage } from '../../src/storage/sqlite/sqliteStorage';
import { captureLogs } from '../support/logs';
import { teamsActivity } from '../support/turns';

function contextIn(conversationId: string): TurnContext {
  return new TurnContext(
    new TestAdapter(),
    teamsActivity({
      type: ActivityTypes.Message,
      text: 'hi',
      conversation: { id: conversationId, conversationType: 'personal', isGroup: false, name: '' },
    }) as Activity,
  );
}

/** A bot whose turns wait until the test lets them finish, recording the order of events. */
function gatedBot(events: string[]) {
  const gates = new Map<string, () => void>();
  const bot: TurnRunner = {
    run: async (ctx) => {
      const name = ctx.activity.conversation.id;
      events.push(`start ${name}`);
      await new Promise<void>((resolve) => gates.set(name, resolve));
      events.push(`end ${name}`);
      return true;
    },
  };
  return { bot, open: (name: string) => gates.get(name)?.() };
}

describe('turns one conversation at a time, conflicts retried from fresh state', () => {
  it('runs the turns of one conversation in order, and other conversations alongside', async () => {
    const events: string[] = [];
    const { bot, open } = gatedBot(events);
    const turns = serializeTurns(bot, captureLogs().logger);
    const first = turns.run(contextIn('one'));
    const second = turns.run(contextIn('one'));
    const other = turns.run(contextIn('two'));
    await settle();
    assert.deepEqual(events, ['start one', 'start two'], 'the second turn of "one" waits; "two" does not');
    open('two');
    await other;
    open('one');
    await first;
    await settle();
    assert.deepEqual(events.slice(-2), ['end one', 'start one']);
    open('one');
    await second;
  });

  it('runs a turn again once when its state write lost before it answered, and logs why', async () => {
    const logs = captureLogs();
    let runs = 0;
    const turns = serializeTurns(
      { run: async () => (++runs === 1 ? Promise.reject(storageConflict('msteams/bot/conversations/one')) : true) },
      logs.logger,
    );
    assert.equal(await turns.run(contextIn('one')), true);
    assert.equal(runs, 2);
    const [warning] = logs.find('running the turn again from fresh state');
    assert.equal(warning.key, 'msteams/bot/conversations/one');
    assert.equal(warning.conversationId, 'one');
  });

  it('runs it again only once, and never after an answer or for other errors', async () => {
    let runs = 0;
    const alwaysConflicts = serializeTurns(
      { run: async () => (runs++, Promise.reject(storageConflict('k'))) },
      captureLogs().logger,
    );
    await assert.rejects(
      alwaysConflicts.run(contextIn('one')),
      (e) => e instanceof CodedError && e.code === ErrorCode.StorageConflict,
    );
    assert.equal(runs, 2);

    runs = 0;
    const answered = serializeTurns(
      { run: async (ctx) => (runs++, await ctx.sendActivity('done'), Promise.reject(storageConflict('k'))) },
      captureLogs().logger,
    );
    await assert.rejects(answered.run(contextIn('one')), /eTag conflict/);
    assert.equal(runs, 1, 'a turn that replied is not replayed');

    runs = 0;
    const failing = serializeTurns(
      { run: async () => (runs++, Promise.reject(new CodedError(ErrorCode.StorageUnavailable, 'down'))) },
      captureLogs().logger,
    );
    await assert.rejects(failing.run(contextIn('one')), /down/);
    assert.equal(runs, 1);
  });

  describe('with Teams AI turn state in SQLite and a second instance writing the same conversation', () => {
    let dir: string;
    let mine: SqliteStorage;
    let theirs: SqliteStorage;
    beforeEach(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'serial-turns-'));
      mine = SqliteStorage.open(path.join(dir, 'bot.sqlite'), captureLogs('silent').logger);
      theirs = SqliteStorage.open(path.join(dir, 'bot.sqlite'), captureLogs('silent').logger);
    });
    afterEach(async () => {
      await mine.close();
      await theirs.close();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    /** A counter kept in conversation state; on its first run the other instance bumps the stored counter mid-turn. */
    function counterBot(reply: boolean) {
      const logs = captureLogs();
      const adapter = new TestAdapter();
      adapter.onTurnError = onTurnError(logs.logger);
      const app = new Application<TurnState>({
        storage: new TurnStateStorage(mine, logs.logger),
        adapter: adapter as unknown as TeamsAdapter,
      });
      let runs = 0;
      app.message('count', async (ctx, state) => {
        runs++;
        const key = `msteams/${ctx.activity.recipient.id}/conversations/${ctx.activity.conversation.id}`;
        const stored = await readItem<{ count?: number }>(theirs, key);
        if (runs === 2) await theirs.write({ [key]: { ...stored, count: 10 } });
        const conversation = state.conversation as { count?: number };
        conversation.count = (conversation.count ?? 0) + 1;
        if (reply) await ctx.sendActivity(`count ${conversation.count}`);
      });
      const turns = serializeTurns(app, logs.logger);
      const send = () =>
        adapter.processActivity(teamsActivity({ type: ActivityTypes.Message, text: 'count', id: `a${runs}` }), (ctx) =>
          turns.run(ctx).then(() => undefined),
        );
      return {
        send,
        logs,
        adapter,
        runs: () => runs,
        stored: async () =>
          (
            await readItem<{ count: number }>(
              theirs,
              `msteams/${teamsActivity().recipient!.id}/conversations/${teamsActivity().conversation!.id}`,
            )
          )?.count,
      };
    }

    it('a silent turn whose state changed meanwhile is run again on the fresh state: nothing lost', async () => {
      const bot = counterBot(false);
      await bot.send();
      assert.equal(await bot.stored(), 1);
      await bot.send(); // the other instance writes 10 during this turn
      assert.equal(bot.runs(), 3, 'the second turn ran twice');
      assert.equal(await bot.stored(), 11, "the other instance's write and this turn's increment are both kept");
      assert.equal(bot.logs.find('running the turn again from fresh state').length, 1);
    });

    it(
      'a turn that already answered is not replayed: the user is told the state changed, and ' +
        'nothing is overwritten',
      async () => {
        const bot = counterBot(true);
        await bot.send();
        bot.adapter.activeQueue.splice(0);
        await bot.send();
        assert.equal(bot.runs(), 2);
        assert.equal(await bot.stored(), 10, "the other instance's write stands");
        const said = bot.adapter.activeQueue.map((a) => JSON.stringify(a.attachments?.[0]?.content ?? a.text ?? ''));
        assert.ok(said.some((s) => /count 2/.test(s)));
        assert.ok(
          said.some((s) => /Someone else changed this at the same time/.test(s)),
          said.join('\n'),
        );
        assert.equal(bot.logs.find('this turn was not saved').length, 1);
      },
    );
  });
});
