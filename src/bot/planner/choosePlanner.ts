import type { Planner, TurnState } from '@microsoft/teams-ai';
import type { CommandDeclaration } from '../operations/operation';
import { CommandPlanner } from './commandPlanner';
import { HybridPlanner } from './hybridPlanner';
import type { LlmPlannerOptions } from './llm/createLlmPlanner';

/** The deterministic command planner, or commands first and the LLM for everything else when a model is configured. */
export function choosePlanner(
  actions: readonly CommandDeclaration[],
  unknownAction: string,
  llm?: LlmPlannerOptions,
): Planner<TurnState> {
  if (!llm) return new CommandPlanner(actions, unknownAction);
  // Loaded only when a model is configured: the LLM planner brings the openai SDK and a tokenizer.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { createLlmPlanner } = require('./llm/createLlmPlanner') as typeof import('./llm/createLlmPlanner');
  return new HybridPlanner(actions, createLlmPlanner(llm, actions), unknownAction);
}
