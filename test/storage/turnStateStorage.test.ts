import assert from 'node:assert/strict';
import { DefaultConversationState, TurnState } from '@microsoft/teams-ai';
import { Activity, TestAdapter, TurnContext } from 'botbuilder';
import { ErrorCode, isCoded } from '../../src/errors';
import { DurableStorage, readItem } from '../../src/storage/durableStorage';
import { TurnStateStorage } from '../../src/storage/turnStateStorage';
import { BackendName, useBackend } from './support/backends';
import { captureLogger } from './support/captureLogger';

interface ConversationState extends DefaultConversationState {
  lastCommand?: string;
  startedBy?: string;
  count?: number;
}

const BOT = '28:0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

function turnIn(conversationId: string): TurnContext {
  const activity: Partial<Activity> = {
    type: 'message',
    channelId: 'msteams',
    text: 'status',
    recipient: { id: BOT, name: 'bot' },
    from: { id: '29:1GcS4EyB_oSI8A88XmWBN7NKFrZ9iC', name: 'Adele Vance' },
    conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
  };
  return new TurnContext(new TestAdapter(), activity);
}

/** One turn as the Teams AI Application runs it: load, change the conversation scope, save. */
async function loadTurn(storage: TurnStateStorage, conversationId: string) {
  const context = turnIn(conversationId);
  const state = new TurnState<ConversationState>();
  await state.load(context, storage);
  return { state, save: () => state.save(context, storage) };
}

const isConflict = (e: unknown): boolean =>
  isCoded(e, ErrorCode.StorageConflict) && /eTag conflict/.test((e as Error).message);

for (const name of ['sqlite', 'blob'] as BackendName[]) {
  describe(`TurnStateStorage with teams-ai TurnState: ${name}`, function () {
    this.timeout(30_000);
    const backend = useBackend(name);
    let instanceA: DurableStorage;
    let instanceB: DurableStorage;
    let conversation = 0;
    let conversationId = '';
    const conversationKey = (): string => `msteams/${BOT}/conversations/${conversationId}`;
    before(async () => {
      instanceA = await backend.open();
      instanceB = await backend.open();
    });
    beforeEach(() => {
      conversationId = `19:conv${++conversation}@thread.tacv2;messageid=123`;
    });

    it('keeps conversation state from one turn to the next, across instances', async () => {
      const a = new TurnStateStorage(instanceA, captureLogger().logger);
      const b = new TurnStateStorage(instanceB, captureLogger().logger);
      const first = await loadTurn(a, conversationId);
      first.state.conversation.lastCommand = 'status';
      await first.save();
      const second = await loadTurn(b, conversationId);
      assert.equal(second.state.conversation.lastCommand, 'status');
      second.state.conversation.lastCommand = 'pause';
      await second.save();
      assert.equal((await readItem(instanceA, conversationKey()))?.lastCommand, 'pause');
    });

    it('rejects the loser of a race on a new conversation instead of letting the last writer win', async () => {
      const { logger, lines } = captureLogger();
      const a = new TurnStateStorage(instanceA, logger);
      const b = new TurnStateStorage(instanceB, logger);
      const turnA = await loadTurn(a, conversationId);
      const turnB = await loadTurn(b, conversationId);
      turnA.state.conversation.startedBy = 'A';
      turnB.state.conversation.startedBy = 'B';
      await turnA.save();
      await assert.rejects(turnB.save(), isConflict);
      assert.equal((await readItem(instanceB, conversationKey()))?.startedBy, 'A');
      assert.ok(lines.some((l) => l.level === 40 && l.key === conversationKey() && /not saved/.test(l.msg)));
    });

    it('rejects a stale turn on an existing conversation and keeps the newer state', async () => {
      const a = new TurnStateStorage(instanceA, captureLogger().logger);
      const b = new TurnStateStorage(instanceB, captureLogger().logger);
      const setup = await loadTurn(a, conversationId);
      setup.state.conversation.count = 1;
      await setup.save();
      const turnA = await loadTurn(a, conversationId);
      const turnB = await loadTurn(b, conversationId);
      turnA.state.conversation.count = 2;
      turnB.state.conversation.count = 20;
      await turnA.save();
      await assert.rejects(turnB.save(), isConflict);
      assert.equal((await readItem(instanceA, conversationKey()))?.count, 2);
    });

    it('stores nothing for a turn that changes nothing, and deletes state on request', async () => {
      const a = new TurnStateStorage(instanceA, captureLogger().logger);
      const idle = await loadTurn(a, conversationId);
      await idle.save();
      assert.deepEqual(await instanceA.listKeys(conversationKey()), []);
      const writer = await loadTurn(a, conversationId);
      writer.state.conversation.count = 1;
      await writer.save();
      const deleter = await loadTurn(a, conversationId);
      deleter.state.deleteConversationState();
      await deleter.save();
      assert.deepEqual(await instanceA.listKeys(conversationKey()), []);
    });
  });
}
