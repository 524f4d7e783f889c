import type { AI, Plan, Planner, PredictedDoCommand, TurnState } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import type { CommandDeclaration } from '../operations/operation';
import { normalizeInput } from './normalize';
import { parseCommand } from './parse';

const LLM_TURN = 'llmPlanned';

/**
 * With a model configured: a message that is a command runs exactly as typed (fast, no model call);
 * anything else goes to the LLM planner. Both only produce DO commands of the same registry, so every
 * action's role check, parameter validation and confirmation apply whoever planned it.
 */
export class HybridPlanner implements Planner<TurnState> {
  constructor(
    private readonly actions: readonly CommandDeclaration[],
    private readonly llm: Planner<TurnState>,
  ) {}

  public async beginTask(context: TurnContext, state: TurnState, ai: AI<TurnState>): Promise<Plan> {
    const parsed = parseCommand(normalizeInput(state.temp.input), this.actions);
    if (parsed)
      return {
        type: 'plan',
        commands: [{ type: 'DO', action: parsed.action, parameters: parsed.parameters } as PredictedDoCommand],
      };
    state.setValue(`temp.${LLM_TURN}`, true);
    return this.llm.beginTask(context, state, ai);
  }

  /** Only the LLM continues (with the tools' outputs); a typed command is done in one step. */
  public async continueTask(context: TurnContext, state: TurnState, ai: AI<TurnState>): Promise<Plan> {
    if (!state.getValue(`temp.${LLM_TURN}`)) return { type: 'plan', commands: [] };
    return this.llm.continueTask(context, state, ai);
  }
}
