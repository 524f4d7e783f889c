import assert from 'node:assert/strict';
import { ActivityTypes, TestAdapter, TurnContext } from 'botbuilder';
import { noteAction, noteRefusal } from '../../../src/bot/turn/outcome';
import { summarizeTurns, TurnSummaryOptions } from '../../../src/bot/hooks/turnSummary';
import { captureLogs } from '../../support/logs';
import { teamsActivity, USER } from '../../support/turns';

/** Runs one activity through summarizeTurns around `turn` and returns the one summary line. */
async function summarize(
  text: string,
  options: TurnSummaryOptions,
  turn: (ctx: TurnContext) => Promise<void>,
  extra: Parameters<typeof teamsActivity>[0] = {},
) {
  const logs = captureLogs('info');
  const runner = summarizeTurns({ run: async (ctx) => (await turn(ctx), true) }, logs.logger, options);
  const adapter = new TestAdapter();
  adapter.onTurnError = async () => undefined;
  await adapter.processActivity(teamsActivity({ type: ActivityTypes.Message, text, ...extra }), async (ctx) => {
    await runner.run(ctx).catch(() => undefined);
  });
  assert.equal(logs.entries.length, 1, JSON.stringify(logs.entries));
  return logs.entries[0];
}

describe('one line per turn (summarizeTurns)', () => {
  it('in local mode: the name, the words typed, the action, the outcome and the time', async () => {
    const line = await summarize(
      '<at>Cross-Tenant Sync</at> list   configurations',
      { showWords: true },
      async (ctx) => {
        noteAction(ctx, 'listConfigurations');
        await ctx.sendActivity('here');
      },
    );
    assert.match(String(line.msg), /^Megan Bowen: "list configurations" → listConfigurations, answered \(\d+ ms\)$/);
    assert.equal(line.level, 30);
  });

  it('against Graph: the object id and the length only, since chat text and names are personal data', async () => {
    const line = await summarize('why was Lee Gu skipped', { showWords: false }, async (ctx) => {
      noteAction(ctx, 'explainUser');
      noteRefusal(ctx, 'NotFound');
      await ctx.sendActivity('no such user');
    });
    assert.equal(
      String(line.msg).replace(/\(\d+ ms\)/, '(N ms)'),
      `${USER.aadObjectId}: a message of 22 characters → explainUser, refused: NotFound (N ms)`,
    );
    assert.doesNotMatch(JSON.stringify(line), /Lee Gu|Megan/);
  });

  it('says a turn failed, with the code the user is answered with, and lets the failure go on', async () => {
    const line = await summarize('help', { showWords: true }, async () => {
      throw new Error('boom');
    });
    assert.match(String(line.msg), /: "help" → failed: Unexpected \(\d+ ms\)$/);
  });

  it('says so when nothing was answered, and names a card button by its verb', async () => {
    const silent = await summarize('hello', { showWords: true }, async () => undefined);
    assert.match(String(silent.msg), /→ no answer \(\d+ ms\)$/);
    const click = await summarize('', { showWords: false }, async (ctx) => void (await ctx.sendActivity('ok')), {
      type: ActivityTypes.Invoke,
      name: 'adaptiveCard/action',
      value: { action: { verb: 'approvalApprove' } },
    });
    assert.match(String(click.msg), /: button approvalApprove → answered/);
  });
});
