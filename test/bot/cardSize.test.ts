import assert from 'node:assert/strict';
import { Activity, ActivityTypes, TestAdapter, TurnContext } from 'botbuilder';
import { setTurnLogger } from '../../src/bot/turn/logger';
import { sendCard, updateCard } from '../../src/bot/turn/reply';
import { deepFrozen } from '../../src/cards/frozen';
import { renderHelpCard } from '../../src/cards/help';
import { MESSAGE_BUDGET_BYTES, payloadBytes } from '../../src/cards/messageBudget';
import { cardOf } from '../support/adaptiveCard';
import { captureLogs, LEVEL } from '../support/logs';
import { teamsActivity } from '../support/turns';

/** The help card is made from the action registry and has no bound of its own: 200 commands make it oversized. */
const oversized = () =>
  renderHelpCard({
    commands: Array.from({ length: 200 }, (_, i) => ({
      title: `Command ${i}`,
      description: 'Does something useful. '.repeat(8),
      examples: [`command ${i}`],
    })),
  });
const small = () => renderHelpCard({ commands: [{ title: 'Help', description: 'Shows help.', examples: ['help'] }] });

/** Runs `logic` in a message turn on botbuilder's TestAdapter; returns what the turn sent. */
async function inTurn(logic: (ctx: TurnContext) => Promise<void>): Promise<Partial<Activity>[]> {
  const adapter = new TestAdapter();
  await adapter.processActivity(teamsActivity({ type: ActivityTypes.Message, text: 'help' }), logic);
  return adapter.activeQueue.splice(0);
}

describe('the card size guard where cards are sent and updated', () => {
  it('warns with the card kind and size when a card is over the budget, and sends it whole', async () => {
    const logs = captureLogs();
    const card = oversized();
    const sent = await inTurn(async (ctx) => {
      setTurnLogger(ctx, logs.logger);
      await sendCard(ctx, card);
    });
    const [warning, ...more] = logs.find('card over the message size budget');
    assert.equal(more.length, 0);
    assert.equal(warning.level, LEVEL.warn);
    assert.equal(warning.card, 'help');
    assert.equal(warning.bytes, payloadBytes(card));
    assert.equal(warning.budget, MESSAGE_BUDGET_BYTES);
    assert.ok((warning.bytes as number) > MESSAGE_BUDGET_BYTES);
    assert.deepEqual(cardOf(sent[0]), card, 'not cut: the card model is where a card is bounded');
  });

  it(
    'checks a card updated in place too, with the logger it is given (a proactive update has no ' + 'turn logger)',
    async () => {
      const logs = captureLogs();
      await inTurn(async (ctx) => {
        const id = await sendCard(ctx, small(), logs.logger);
        await updateCard(ctx, id ?? 'card-1', oversized(), logs.logger);
      });
      assert.equal(
        logs.find('card over the message size budget').length,
        1,
        'the small card passed, the update did not',
      );
    },
  );

  it('measures a frozen card (rendered once, sent on many turns) once, and warns on every send of it', async () => {
    const logs = captureLogs();
    const card = deepFrozen(oversized());
    await inTurn(async (ctx) => {
      setTurnLogger(ctx, logs.logger);
      await sendCard(ctx, card);
      await sendCard(ctx, card);
    });
    const warnings = logs.find('card over the message size budget');
    assert.deepEqual(
      warnings.map((w) => w.bytes),
      [payloadBytes(card), payloadBytes(card)],
    );
  });

  it('says nothing about a card within the budget', async () => {
    const logs = captureLogs();
    await inTurn(async (ctx) => {
      setTurnLogger(ctx, logs.logger);
      await sendCard(ctx, small());
    });
    assert.equal(logs.find('card over the message size budget').length, 0);
  });
});
