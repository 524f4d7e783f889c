import assert from 'node:assert/strict';
import type { TurnContext } from 'botbuilder';
import type { TurnState } from '@microsoft/teams-ai';
import { COMMANDS } from '../../../src/bot/features';
import { UNKNOWN_COMMAND } from '../../../src/bot/features';
import { CommandPlanner } from '../../../src/bot/planner/commandPlanner';
import { cleanValue, MAX_INPUT, normalizeInput } from '../../../src/bot/planner/normalize';
import { parseCommand } from '../../../src/bot/planner/parse';
import { closestExamples } from '../../../src/bot/planner/suggest';

const parse = (text: string) => parseCommand(normalizeInput(text), COMMANDS);

describe('command planner', () => {
  describe('normalizeInput', () => {
    it('removes markup, leftover mentions, politeness and trailing punctuation', () => {
      assert.equal(normalizeInput('<at>Sync Bot</at> list configurations'), 'list configurations');
      assert.equal(normalizeInput('<p>show   configuration&nbsp;<b>Contoso A</b></p>'), 'show configuration Contoso A');
      assert.equal(normalizeInput('  please   list configurations, please!!! '), 'list configurations');
      assert.equal(normalizeInput('Hi, can you show configuration Contoso A?'), 'show configuration Contoso A');
      assert.equal(normalizeInput('/help'), 'help');
    });

    it('folds unicode look-alikes: full-width letters, smart quotes, dashes, zero-width and odd spaces', () => {
      assert.equal(normalizeInput('ｌｉｓｔ　ｃｏｎｆｉｇｕｒａｔｉｏｎｓ'), 'list configurations');
      assert.equal(normalizeInput('show configuration \u201cContoso\u2013A\u201d'), 'show configuration "Contoso-A"');
      assert.equal(normalizeInput('list\u200b configurations\u00a0\u2028'), 'list configurations');
      assert.equal(normalizeInput('show configuration Contoso\u0000A'), 'show configuration Contoso A');
    });

    it('reads at most MAX_INPUT characters of a very long message, quickly', () => {
      const long = `show configuration ${'A'.repeat(200_000)}`;
      assert.equal(normalizeInput(long).length, MAX_INPUT);
      assert.equal(normalizeInput('!'.repeat(10) + 'x' + ' .'.repeat(100_000)), 'x');
      assert.equal(normalizeInput(undefined), '');
      assert.equal(normalizeInput(42), '');
    });

    it('cleanValue strips matching outer quotes and brackets only', () => {
      assert.equal(cleanValue(' "Contoso A" '), 'Contoso A');
      assert.equal(cleanValue("'<Contoso A>'"), 'Contoso A');
      assert.equal(cleanValue("O'Brien sync"), "O'Brien sync");
      assert.equal(cleanValue('"half'), '"half');
    });
  });

  describe('parseCommand', () => {
    const cases: Array<[string, string | undefined, Record<string, string>?]> = [
      ['help', 'help'],
      ['', 'help'],
      ['?', 'help'],
      ['What can you do?', 'help'],
      ['list configurations', 'listConfigurations'],
      ['LIST CONFIGS', 'listConfigurations'],
      ['show me all the cross-tenant sync configurations', 'listConfigurations'],
      ['show configuration', 'listConfigurations'],
      ['status', 'listConfigurations'],
      ['show configuration Contoso A', 'showConfiguration', { name: 'Contoso A' }],
      ['Show Configuration "contoso-a".', 'showConfiguration', { name: 'contoso-a' }],
      ['<at>Sync Bot</at>  show   config   CONTOSO A ', 'showConfiguration', { name: 'CONTOSO A' }],
      ['details of Contoso B', 'showConfiguration', { name: 'Contoso B' }],
      ['show the Contoso B configuration', 'showConfiguration', { name: 'Contoso B' }],
      ['configuration Contoso B', 'showConfiguration', { name: 'Contoso B' }],
      ["show configuration 'O'Brien sync'", 'showConfiguration', { name: "O'Brien sync" }],
      ['show configuration Contoso 日本', 'showConfiguration', { name: 'Contoso 日本' }],
      ['make me a sandwich', undefined],
      ['provisionn adele', undefined],
    ];
    for (const [text, action, parameters] of cases) {
      it(`"${text}" → ${action ?? 'nothing'}`, () => {
        const parsed = parse(text);
        assert.equal(parsed?.action, action);
        if (parameters) assert.deepEqual(parsed?.parameters, parameters);
      });
    }
  });

  it('suggests the closest commands for text it does not know, typos included', () => {
    assert.deepEqual(closestExamples('lst configuratons', COMMANDS).slice(0, 1), ['list configurations']);
    assert.ok(closestExamples('shwo configuration contoso', COMMANDS).includes('show configuration Contoso A'));
    assert.deepEqual(closestExamples('make me a sandwich', COMMANDS), []);
    assert.deepEqual(closestExamples('', COMMANDS), []);
  });

  it(
    'plans one DO command from state.temp.input, the unknown action for anything else, and nothing ' + 'to continue',
    async () => {
      const planner = new CommandPlanner(COMMANDS, UNKNOWN_COMMAND);
      const stateWith = (input: string) => ({ temp: { input } }) as unknown as TurnState;
      const context = {} as TurnContext;
      const known = await planner.beginTask(context, stateWith('show configuration Contoso A'), undefined as never);
      assert.deepEqual(known, {
        type: 'plan',
        commands: [{ type: 'DO', action: 'showConfiguration', parameters: { name: 'Contoso A' } }],
      });
      const unknown = await planner.beginTask(context, stateWith('sing  a song!'), undefined as never);
      assert.deepEqual(unknown.commands, [
        { type: 'DO', action: UNKNOWN_COMMAND, parameters: { text: 'sing a song' } },
      ]);
      assert.deepEqual(await planner.continueTask(), { type: 'plan', commands: [] });
    },
  );
});
