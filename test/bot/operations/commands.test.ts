import assert from 'node:assert/strict';
import { COMMANDS } from '../../../src/bot/features';
import { actionsJson, toJsonSchema } from '../../../src/bot/planner/llm/actionsJson';
import { normalizeInput } from '../../../src/bot/planner/normalize';
import { parseCommand } from '../../../src/bot/planner/parse';
import { z } from 'zod';

describe('action registry', () => {
  it('declares each action once, with a description, a role and examples', () => {
    const names = COMMANDS.map((a) => a.name);
    assert.equal(new Set(names).size, names.length, 'duplicate action names');
    for (const a of COMMANDS) {
      assert.ok(a.description.length > 10, `${a.name}: description`);
      assert.ok(['reader', 'operator', 'approver'].includes(a.role), `${a.name}: role`);
      if (!a.internal) assert.ok(a.examples.length > 0, `${a.name}: examples`);
    }
  });

  it('every example in help is understood by the deterministic planner as its own action', () => {
    for (const a of COMMANDS) {
      for (const example of a.examples) {
        const parsed = parseCommand(normalizeInput(example), COMMANDS);
        assert.equal(parsed?.action, a.name, `"${example}" planned as ${parsed?.action}`);
        assert.ok(a.parameters.safeParse(parsed?.parameters).success, `"${example}" parameters invalid`);
      }
    }
  });

  it('generates actions.json for the LLM planner from the same declarations', () => {
    const json = actionsJson(COMMANDS);
    assert.deepEqual(
      json.map((a) => a.name),
      COMMANDS.filter((a) => !a.internal).map((a) => a.name),
    );
    assert.ok(
      json.length >= 3 && !json.some((a) => a.name === 'unknownCommand'),
      'internal actions are not offered to the LLM',
    );
    const show = json.find((a) => a.name === 'showConfiguration');
    assert.deepEqual(show?.parameters, {
      type: 'object',
      properties: {
        name: {
          type: 'string',
          minLength: 1,
          maxLength: 200,
          description: 'The configuration name as the user typed it; matched forgivingly',
        },
      },
      required: ['name'],
      additionalProperties: false,
    });
  });

  it('converts the zod shapes actions use, the input side of transforms', () => {
    const schema = z.object({
      count: z.number().int().min(1).max(20).describe('how many'),
      mode: z.enum(['Escrows', 'Full']),
      users: z.array(z.string()).min(1).max(5),
      force: z.boolean().optional(),
      note: z.string().default(''),
      typed: z.string().transform((t) => t.length),
    });
    assert.deepEqual(toJsonSchema(schema), {
      type: 'object',
      properties: {
        count: { type: 'integer', minimum: 1, maximum: 20, description: 'how many' },
        mode: { type: 'string', enum: ['Escrows', 'Full'] },
        users: { type: 'array', items: { type: 'string' }, minItems: 1, maxItems: 5 },
        force: { type: 'boolean' },
        note: { type: 'string', default: '' },
        typed: { type: 'string' },
      },
      required: ['count', 'mode', 'users', 'typed'],
      additionalProperties: false,
    });
  });
});
