import type { z } from 'zod';
import { zodToJsonSchema } from 'zod-to-json-schema';
import type { CommandDeclaration } from '../../operations/operation';

export type JsonSchema = Record<string, unknown>;

export interface ActionJson {
  name: string;
  description: string;
  parameters: JsonSchema;
}

/** The LLM ActionPlanner's actions.json, generated from the same declarations the deterministic planner uses. */
export function actionsJson(actions: readonly CommandDeclaration[]): ActionJson[] {
  return actions
    .filter((a) => !a.internal)
    .map((a) => ({ name: a.name, description: a.description, parameters: toJsonSchema(a.parameters) }));
}

/** A command's parameters as the model sees them: what it sends is the input side of transforms and pipelines. */
export function toJsonSchema(schema: z.ZodTypeAny): JsonSchema {
  const { $schema: _draft, ...json } = zodToJsonSchema(schema, {
    $refStrategy: 'none',
    effectStrategy: 'input',
    pipeStrategy: 'input',
  }) as JsonSchema;
  return json;
}
