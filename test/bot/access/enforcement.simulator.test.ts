import { DEFAULT_CONFIRMATION_TTL_HOURS } from '../../../src/bot/turn/confirmation';
import { entraMemberships } from '../../../src/access';
import assert from 'node:assert/strict';
import { Application, Plan, PredictedDoCommand, TurnState } from '@microsoft/teams-ai';
import { Activity, ActivityTypes, MemoryStorage, TestAdapter } from 'botbuilder';
import { z } from 'zod';
import { RoleDirectory, verifiedActor } from '../../../src/bot/access';
import { COMMANDS, FEATURES } from '../../../src/bot/features';
import { defineFeature, type Feature } from '../../../src/bot/operations/feature';
import { defineOperation } from '../../../src/bot/operations/operation';
import { registerFeatures } from '../../../src/bot/operations/registerFeatures';
import { ErrorCode } from '../../../src/errors';
import { onTurnError } from '../../../src/bot/errors/onTurnError';
import { registerHooks } from '../../../src/bot/hooks';
import { BUTTONS } from '../../../src/bot/features';
import { Verb } from '../../../src/cards/verbs';
import type { Role } from '../../../src/domain';
import { cardOf, cardText } from '../../support/adaptiveCard';
import { CONTOSO_A } from '../../support/configurations';
import { fakeCatalog } from '../../support/fakeCatalog';
import { captureLogs } from '../../support/logs';
import { DEFAULT_ROLE_SETTINGS } from '../../support/roles';
import { startTestSimulator, TestSimulator } from '../../support/simulator';
import { botUnderTest, teamsActivity, testBackground } from '../../support/turns';
import { gatewayFor, tenantOf } from '../../graph/simulator/simulatorGateway';
import { PEOPLE, STRANGER } from './people';

type Person = { id: string; name: string };
const as = (p: Person): Partial<Activity> => ({ from: { id: `29:${p.id}`, aadObjectId: p.id, name: p.name } });

/** One probe operation per role: records who ran it (the verified actor, not anything the message says). */
function probes(ran: string[]): Feature[] {
  const operations = (['reader', 'operator', 'approver'] as Role[]).map((role) =>
    defineOperation<unknown>()({
      name: `${role}Probe`,
      title: `The ${role} probe`,
      role,
      command: {
        description: `Needs the ${role} role (test action).`,
        parameters: z.object({}),
        examples: [],
        patterns: [],
        run:
          () =>
          async ({ context }) => {
            ran.push(`${verifiedActor(context).displayName}:${role}`);
            await context.sendActivity(`${role} probe ran`);
          },
      },
    }),
  );
  return [
    defineFeature({
      name: 'probes',
      operations,
      services: () => ({}),
      unavailable: { code: ErrorCode.NotSupported, message: 'never' },
    }),
  ];
}

/** The real hooks and action registration, with a planner that DOes the action named by the message text. */
function appWith(features: readonly Feature[], roles: RoleDirectory) {
  const logs = captureLogs();
  const adapter = new TestAdapter();
  adapter.onTurnError = onTurnError(logs.logger);
  const background = testBackground(adapter, logs.logger);
  const planner = {
    beginTask: async (_c: unknown, state: TurnState): Promise<Plan> => ({
      type: 'plan',
      commands: [{ type: 'DO', action: String(state.temp.input), parameters: {} } as PredictedDoCommand],
    }),
    continueTask: async (): Promise<Plan> => ({ type: 'plan', commands: [] }),
  };
  const app = new Application<TurnState>({ storage: new MemoryStorage(), ai: { planner } });
  const catalog = fakeCatalog([CONTOSO_A]);
  registerHooks(app, logs.logger, { roles });
  registerFeatures(app, features, {
    confirmationTtlHours: DEFAULT_CONFIRMATION_TTL_HOURS,
    catalog,
    logger: logs.logger,
    commands: COMMANDS,
    verbs: new Set(),
    proactive: { adapter, appId: '' },
    background,
    roleSettings: DEFAULT_ROLE_SETTINGS,
  });
  const say = async (person: Person, text: string) => {
    await adapter.processActivity(
      teamsActivity({ type: ActivityTypes.Message, text, ...as(person) }),
      async (ctx) => void (await app.run(ctx)),
    );
    await background.idle();
    return adapter.activeQueue.splice(0).filter((a) => a.type !== ActivityTypes.Typing);
  };
  return { say, logs, catalog };
}

const replyText = (a: Partial<Activity>) => (a.attachments?.length ? cardText(cardOf(a)) : String(a.text));

describe('every action and card verb checks its role (roles from the tenant simulator)', function () {
  this.timeout(30_000);
  let sim: TestSimulator;
  let roles: RoleDirectory;

  before(async () => {
    sim = await startTestSimulator();
    roles = new RoleDirectory({
      memberships: entraMemberships(gatewayFor(sim, tenantOf(sim, 'source')).gateway),
      settings: DEFAULT_ROLE_SETTINGS,
    });
  });
  after(async () => sim?.stop());
  afterEach(async () => sim.control('DELETE', '/faults'));

  const matrix: Array<[Person, Role[]]> = [
    [PEOPLE.megan, ['reader', 'operator', 'approver']],
    [PEOPLE.alex, ['reader', 'operator', 'approver']],
    [PEOPLE.isaiah, ['reader', 'operator', 'approver']],
    [PEOPLE.lynne, ['reader']],
    [PEOPLE.adele, []],
  ];
  for (const [person, allowed] of matrix) {
    it(
      `${person.name} may run ${allowed.join(', ') || 'nothing'}; the rest is refused with the ` + `missing role named`,
      async () => {
        const ran: string[] = [];
        const bot = appWith(probes(ran), roles);
        for (const role of ['reader', 'operator', 'approver'] as Role[]) {
          const [reply, ...rest] = await bot.say(person, `${role}Probe`);
          assert.equal(rest.length, 0);
          if (allowed.includes(role)) {
            assert.equal(reply.text, `${role} probe ran`);
          } else {
            const text = replyText(reply);
            assert.match(text, /You can't do that/);
            assert.match(text, new RegExp(`The ${role} probe needs the ${role} role`));
            assert.match(
              text,
              role === 'reader'
                ? /Global Reader, Reports Reader or Security Reader/
                : /Hybrid Identity Administrator or Global Administrator/,
            );
            assert.match(text, allowed.length ? /You have the reader role/ : /You have no role with this bot/);
          }
        }
        assert.deepEqual(
          ran,
          allowed.map((r) => `${person.name}:${r}`),
        );
        const refusals = bot.logs.find('request not served', (e) => e.code === 'MissingRole');
        assert.equal(refusals.length, 3 - allowed.length);
        for (const r of refusals) assert.equal(r.activityId !== undefined, true, 'logged on the turn logger');
      },
    );
  }

  it(
    'every registered action is refused to a user without its role before anything runs (covers ' +
      'actions added later)',
    async () => {
      const bot = appWith(FEATURES, roles);
      for (const action of COMMANDS) {
        for (const person of [PEOPLE.adele, PEOPLE.lynne]) {
          const holds = person === PEOPLE.lynne ? ['reader'] : [];
          bot.logs.entries.length = 0;
          const replies = await bot.say(person, action.name);
          const refused = bot.logs.find('request not served', (e) => e.code === 'MissingRole');
          if (holds.includes(action.role)) {
            assert.equal(refused.length, 0, `${action.name} for ${person.name}`);
            continue;
          }
          assert.equal(refused.length, 1, `${action.name} for ${person.name}`);
          assert.equal(refused[0].action, action.name);
          assert.match(replyText(replies[0]), new RegExp(`needs the ${action.role} role`));
          assert.equal(bot.logs.find('action started').length, 0, `${action.name} started for ${person.name}`);
        }
      }
      assert.equal(bot.catalog.resolved.length, 0, 'no Graph lookup on behalf of a refused user');
    },
  );

  it('every card verb is refused to a user without its role, whatever the card data claims', async () => {
    const t = botUnderTest({ catalog: fakeCatalog([CONTOSO_A]), access: { roles, settings: DEFAULT_ROLE_SETTINGS } });
    for (const route of BUTTONS) {
      const forged = {
        configurationId: CONTOSO_A.servicePrincipalId,
        actor: PEOPLE.megan,
        roles: ['reader', 'operator', 'approver'],
        aadObjectId: PEOPLE.megan.id,
      };
      const { invoke } = await t.click(route.verb, forged, as(PEOPLE.adele));
      const text = String((invoke?.body as { value: unknown }).value);
      assert.match(text, new RegExp(`needs the ${route.role} role[\\s\\S]*You have no role with this bot`), route.verb);
    }
    assert.ok(t.logs.find('card action').length === 0, 'no verb handler ran');
  });

  it(
    'a reader lists and opens configurations in the real bot; a user without a role is told what ' + 'grants one',
    async () => {
      const t = botUnderTest({ catalog: fakeCatalog([CONTOSO_A]), access: { roles, settings: DEFAULT_ROLE_SETTINGS } });
      assert.match(cardText(cardOf((await t.say('list configurations', as(PEOPLE.lynne)))[0])), /Contoso A/);
      const { invoke } = await t.click(
        Verb.showConfiguration,
        { configurationId: CONTOSO_A.servicePrincipalId },
        as(PEOPLE.lynne),
      );
      assert.equal((invoke?.body as { type: string }).type, 'application/vnd.microsoft.card.adaptive');
      const refused = cardText(cardOf((await t.say('list configurations', as(PEOPLE.adele)))[0]));
      assert.match(
        refused,
        new RegExp(
          String.raw`List configurations needs the reader role\. You have no role with this bot\. The reader` +
            String.raw` role comes from the Entra roles Global Reader`,
        ),
      );
    },
  );

  it(
    'someone outside the directory, or a message without an Entra id, gets a clear answer and ' + 'nothing runs',
    async () => {
      const catalog = fakeCatalog([CONTOSO_A]);
      const t = botUnderTest({ catalog, access: { roles, settings: DEFAULT_ROLE_SETTINGS } });
      const stranger = cardText(cardOf((await t.say('list configurations', as(STRANGER)))[0]));
      assert.match(stranger, /I don't know you[\s\S]*not a user of this organization's directory/);
      const anonymous = cardText(
        cardOf((await t.say('list configurations', { from: { id: '29:no-aad', name: 'Someone' } }))[0]),
      );
      assert.match(anonymous, /I can't tell who you are/);
      const { invoke } = await t.click(
        BUTTONS[0].verb,
        { configurationId: CONTOSO_A.servicePrincipalId },
        as(STRANGER),
      );
      assert.match(String((invoke?.body as { value: unknown }).value), /I don't know you/);
      assert.deepEqual(
        t.logs.find('request not served').map((e) => e.code),
        ['UnknownActor', 'UnknownActor', 'UnknownActor'],
      );
      assert.equal(t.logs.find('action started').length, 0);
    },
  );

  it('a failed role lookup is answered with the Graph error and its request id, and nothing runs', async () => {
    const t = botUnderTest({ catalog: fakeCatalog([CONTOSO_A]), access: { roles, settings: DEFAULT_ROLE_SETTINGS } });
    await sim.control('POST', '/faults', {
      kind: 'error',
      path: 'transitiveMemberOf',
      status: 403,
      code: 'Authorization_RequestDenied',
      message: 'Insufficient privileges to complete the operation.',
    });
    roles.forget();
    const text = cardText(cardOf((await t.say('list configurations', as(PEOPLE.isaiah)))[0]));
    assert.match(text, /couldn't check your roles in Microsoft Entra ID/);
    assert.match(text, /Graph request id/);
    assert.equal(t.logs.find('action started').length, 0);
    const [logged] = t.logs.find('request not served');
    assert.equal(logged.code, 'GraphForbidden');
    assert.match(String(logged.requestId), /^[0-9a-f-]{36}$/);
  });
});
