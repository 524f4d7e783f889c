import type { AI, Plan, Planner, PredictedDoCommand, TurnState } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import type { CommandDeclaration } from '../operations/operation';
import { normalizeInput } from './normalize';
import { parseCommand } from './parse';

/**
 * The deterministic planner: the message becomes one DO command of the action registry,
 * and anything it does not recognise goes to `unknownAction` (never an exception).
 */
export class CommandPlanner implements Planner<TurnState> {
  constructor(
    private readonly actions: readonly CommandDeclaration[],
    private readonly unknownAction: string,
  ) {}

  public async beginTask(_context: TurnContext, state: TurnState, _ai: AI<TurnState>): Promise<Plan> {
    const text = normalizeInput(state.temp.input);
    const parsed = parseCommand(text, this.actions) ?? { action: this.unknownAction, parameters: { text } };
    const command: PredictedDoCommand = { type: 'DO', action: parsed.action, parameters: parsed.parameters };
    return { type: 'plan', commands: [command] };
  }

  /** Every action finishes its work in one step, so there is never anything to continue. */
  public async continueTask(): Promise<Plan> {
    return { type: 'plan', commands: [] };
  }
}
