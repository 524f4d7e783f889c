import type { ActionDefinition } from './action';
import { JsonSchema, toJsonSchema } from './jsonSchema';

export interface ActionJson {
  name: string;
  description: string;
  parameters: JsonSchema;
}

/** The LLM ActionPlanner's actions.json, generated from the same declarations the deterministic planner uses. */
export function actionsJson(actions: readonly ActionDefinition[]): ActionJson[] {
  return actions
    .filter((a) => !a.internal)
    .map((a) => ({ name: a.name, description: a.description, parameters: toJsonSchema(a.parameters) }));
}
