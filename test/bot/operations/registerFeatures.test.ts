import { DEFAULT_CONFIRMATION_TTL_HOURS } from '../../../src/bot/turn/confirmation';
import assert from 'node:assert/strict';
import { Application, Plan, Planner, TurnState } from '@microsoft/teams-ai';
import { ActivityTypes, MemoryStorage, TestAdapter } from 'botbuilder';
import { z } from 'zod';
import { actorHook } from '../../../src/bot/access';
import { onTurnError } from '../../../src/bot/errors/onTurnError';
import { defineFeature } from '../../../src/bot/operations/feature';
import { defineOperation } from '../../../src/bot/operations/operation';
import { registerFeatures } from '../../../src/bot/operations/registerFeatures';
import { ErrorCode } from '../../../src/errors';
import { cardOf, cardText } from '../../support/adaptiveCard';
import { fakeCatalog } from '../../support/fakeCatalog';
import { captureLogs, LEVEL } from '../../support/logs';
import { EVERY_ROLE, teamsActivity, testBackground } from '../../support/turns';

/** A planner that returns a fixed plan, like an LLM would (or fails, like a model endpoint can). */
const fixedPlanner = (plan: () => Plan): Planner<TurnState> => ({
  beginTask: async () => plan(),
  continueTask: async () => ({ type: 'plan', commands: [] }),
});

const echo = defineOperation<unknown>()({
  name: 'echo',
  title: 'Echo',
  role: 'reader',
  command: {
    description: 'Says the text back (test action).',
    parameters: z.object({ text: z.string().max(5, 'text has at most 5 characters') }),
    examples: ['echo hi'],
    patterns: [],
    run:
      () =>
      async ({ context }, { text }) => {
        if (text === 'boom') throw new Error('handler exploded');
        await context.sendActivity(`echo: ${text}`);
      },
  },
});

/** Answers from memory, like help: runs in the turn, not in the work queue. */
const version = defineOperation<unknown>()({
  name: 'version',
  title: 'Version',
  role: 'reader',
  command: {
    description: 'Says the version (test action).',
    parameters: z.object({}),
    examples: ['version'],
    patterns: [],
    inTurn: true,
    run:
      () =>
      async ({ context }) => {
        await context.sendActivity('version 1');
      },
  },
});

const echoFeature = defineFeature({
  name: 'echo',
  operations: [echo, version],
  services: () => ({}),
  unavailable: { code: ErrorCode.NotSupported, message: 'never' },
});

async function run(plan: () => Plan, options: { stopping?: boolean } = {}) {
  const logs = captureLogs();
  const adapter = new TestAdapter();
  adapter.onTurnError = onTurnError(logs.logger);
  const background = testBackground(adapter, logs.logger);
  const app = new Application<TurnState>({ storage: new MemoryStorage(), ai: { planner: fixedPlanner(plan) } });
  app.turn('beforeTurn', actorHook(EVERY_ROLE.roles, logs.logger));
  registerFeatures(app, [echoFeature], {
    confirmationTtlHours: DEFAULT_CONFIRMATION_TTL_HOURS,
    catalog: fakeCatalog([]),
    logger: logs.logger,
    commands: [],
    verbs: new Set(),
    proactive: { adapter, appId: '' },
    background,
    roleSettings: EVERY_ROLE.settings,
  });
  if (options.stopping) await background.stop(0);
  await adapter.processActivity(teamsActivity({ type: ActivityTypes.Message, text: 'anything' }), async (ctx) => {
    await app.run(ctx);
  });
  await background.idle();
  return { replies: adapter.activeQueue.splice(0), logs };
}

const doCommand = (action: string, parameters: Record<string, unknown>): Plan => ({
  type: 'plan',
  commands: [{ type: 'DO', action, parameters } as never],
});

describe('operation registration', () => {
  it('runs a valid DO command once and stops', async () => {
    const { replies } = await run(() => doCommand('echo', { text: 'hi' }));
    assert.deepEqual(
      replies.map((r) => r.text),
      ['echo: hi'],
    );
  });

  it('runs an answer-from-memory command in the turn: it answers while the work queue takes nothing new', async () => {
    const inTurn = await run(() => doCommand('version', {}), { stopping: true });
    assert.deepEqual(
      inTurn.replies.map((r) => r.text),
      ['version 1'],
    );
    const queued = await run(() => doCommand('echo', { text: 'hi' }), { stopping: true });
    assert.match(cardText(cardOf(queued.replies[0])), /This instance of the bot is stopping/);
  });

  it('validates parameters whoever planned them (the LLM tools mode does not)', async () => {
    const { replies, logs } = await run(() => doCommand('echo', { text: 'far too long', extra: 1 }));
    assert.match(cardText(cardOf(replies[0])), /Echo: text has at most 5 characters/);
    assert.equal(logs.find('request not served')[0].code, 'InvalidInput');
  });

  it('answers an action the planner invented instead of logging to the console', async () => {
    const { replies, logs } = await run(() => doCommand('deleteTenant', {}));
    assert.equal(replies.length, 1);
    assert.match(cardText(cardOf(replies[0])), /Not available yet[\s\S]*I can't do "deleteTenant" yet/);
    assert.equal(logs.find('request not served')[0].code, 'NotSupported');
  });

  it('a handler that throws gets the apology card, and the stack is logged', async () => {
    const { replies, logs } = await run(() => doCommand('echo', { text: 'boom' }));
    assert.equal(replies.length, 1);
    assert.match(cardText(cardOf(replies[0])), /Sorry, something went wrong/);
    const [logged] = logs.find('turn failed unexpectedly');
    assert.equal(logged.level, LEVEL.error);
    assert.equal(logged.action, 'echo');
    assert.match(String((logged.err as { stack: string }).stack), /handler exploded/);
  });

  it('a planner that fails is answered the same way (not re-thrown)', async () => {
    const { replies, logs } = await run(() => {
      throw new Error('model endpoint said 500');
    });
    assert.equal(replies.length, 1);
    assert.match(cardText(cardOf(replies[0])), /Sorry, something went wrong/);
    assert.match(
      String((logs.find('turn failed unexpectedly')[0].err as { message: string }).message),
      /model endpoint said 500/,
    );
  });
});
