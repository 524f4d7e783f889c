import type { CommandDeclaration } from '../../operations/operation';
import { JsonSchema, toJsonSchema } from './jsonSchema';

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
