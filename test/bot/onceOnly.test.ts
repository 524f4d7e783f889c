import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Activity, ActivityTypes, TestAdapter, TurnContext } from 'botbuilder';
import { DELIVERY_TTL_MS, onceOnly, purgeExpiredDeliveries } from '../../src/bot/turn/onceOnly';
import type { TurnRunner } from '../../src/bot/turn/serialTurns';
import { SqliteStorage } from '../../src/storage/sqlite/sqliteStorage';
import { captureLogs } from '../support/logs';
import { teamsActivity } from '../support/turns';

describe('a redelivered activity runs once', () => {
  let dir: string;
  let storage: SqliteStorage;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'deliveries-'));
    storage = SqliteStorage.open(path.join(dir, 'bot.sqlite'), captureLogs('silent').logger);
  });
  afterEach(async () => {
    await storage.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  function setup(options: { fail?: boolean; now?: () => number; inMemory?: boolean } = {}) {
    const logs = captureLogs('debug');
    const ran: string[] = [];
    const bot: TurnRunner = {
      run: async (context) => {
        ran.push(String(context.activity.id));
        if (options.fail) throw new Error('storage hiccup');
        return true;
      },
    };
    const runner = onceOnly(bot, options.inMemory ? undefined : storage, logs.logger, { now: options.now });
    const adapter = new TestAdapter();
    const deliver = async (activity: Partial<Activity>) => {
      let replies: Partial<Activity>[] = [];
      await adapter.processActivity(activity, async (context: TurnContext) => {
        replies = context.bufferedReplyActivities;
        await runner.run(context);
      });
      return replies;
    };
    return { ran, deliver, logs };
  }

  const message = (id: string, conversation = 'a:1xPersonalChat') =>
    teamsActivity({
      type: ActivityTypes.Message,
      id,
      text: 'provision Adele Vance now',
      conversation: { id: conversation, conversationType: 'personal', isGroup: false, name: '' },
    });

  it('runs the first delivery, logs and skips the second; the same id in another conversation runs', async () => {
    const { ran, deliver, logs } = setup();
    await deliver(message('m-1'));
    await deliver(message('m-1'));
    await deliver(message('m-1', 'a:anotherChat'));
    assert.deepEqual(ran, ['m-1', 'm-1']);
    assert.equal(logs.find('activity delivered again: not run a second time').length, 1);
  });

  it('one instance without shared storage remembers deliveries in memory, and writes nothing', async () => {
    const { ran, deliver } = setup({ inMemory: true });
    await deliver(message('m-9'));
    await deliver(message('m-9'));
    assert.deepEqual(ran, ['m-9']);
    assert.deepEqual(await storage.listKeys('deliveries/'), []);
  });

  it('answers a redelivered click without running it', async () => {
    const { ran, deliver } = setup();
    const click = teamsActivity({
      type: ActivityTypes.Invoke,
      id: 'c-1',
      name: 'adaptiveCard/action',
      deliveryMode: 'expectReplies',
      value: { action: { type: 'Action.Execute', verb: 'provisioning.user', data: {} } },
    });
    await deliver(click);
    const replies = await deliver(click);
    assert.deepEqual(ran, ['c-1']);
    const answer = replies.find((r) => r.type === ActivityTypes.InvokeResponse);
    assert.match(JSON.stringify(answer?.value), /Already on it/);
  });

  it('a turn that failed gives its delivery back: a retry runs', async () => {
    const failing = setup({ fail: true });
    await assert.rejects(failing.deliver(message('m-2')), /storage hiccup/);
    const ok = setup();
    await ok.deliver(message('m-2'));
    assert.deepEqual(ok.ran, ['m-2']);
  });

  it('after the expiry the activity runs again, and expired records are purged', async () => {
    let now = Date.now();
    const { ran, deliver } = setup({ now: () => now });
    await deliver(message('m-3'));
    now += DELIVERY_TTL_MS + 1;
    await deliver(message('m-3'));
    assert.deepEqual(ran, ['m-3', 'm-3']);
    assert.equal(await purgeExpiredDeliveries(storage, now + DELIVERY_TTL_MS + 1), 1);
    assert.deepEqual(await storage.listKeys('deliveries/'), []);
  });
});
