import type { AI, Plan, Planner, PredictedDoCommand, TurnState } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import { verifiedActor } from '../access';
import type { CommandDeclaration } from '../operations/operation';
import { PROMPT_NAME } from './llm/prompt';
import { normalizeInput } from './normalize';
import { parseCommand } from './parse';
import { MODEL_PLANNED } from '../turn/modelPlanned';

/**
 * Where ActionPlanner keeps a prompt's history: conversation state, shared by everyone in a channel. The bot keeps it
 * in the user's own state instead and puts it there only for the model call, so what one person told the model in a
 * channel never reaches another person's model turn.
 */
const CONVERSATION_HISTORY = `conversation.${PROMPT_NAME}_history`;
const USER_HISTORY = `user.${PROMPT_NAME}_history`;

/**
 * With a model configured: a message that is a command runs exactly as typed (fast, no model call); anything else goes
 * to the LLM planner, only for people with at least the reader role (others get the command planner's answer). Both
 * produce DO commands of the same registry, so every action's role check and validation apply whoever planned it, and
 * what the model picks is confirmed on a card before it changes anything (registerFeatures).
 */
export class HybridPlanner implements Planner<TurnState> {
  constructor(
    private readonly actions: readonly CommandDeclaration[],
    private readonly llm: Planner<TurnState>,
    private readonly unknownAction: string,
  ) {}

  public async beginTask(context: TurnContext, state: TurnState, ai: AI<TurnState>): Promise<Plan> {
    const text = normalizeInput(state.temp.input);
    const parsed = parseCommand(text, this.actions);
    if (parsed) return doCommand(parsed.action, parsed.parameters);
    if (!verifiedActor(context).roles.includes('reader')) return doCommand(this.unknownAction, { text });
    state.setValue(MODEL_PLANNED, true);
    return withUserHistory(state, () => this.llm.beginTask(context, state, ai));
  }

  /** Only the LLM continues (with the tools' outputs); a typed command is done in one step. */
  public async continueTask(context: TurnContext, state: TurnState, ai: AI<TurnState>): Promise<Plan> {
    if (!state.getValue(MODEL_PLANNED)) return { type: 'plan', commands: [] };
    return withUserHistory(state, () => this.llm.continueTask(context, state, ai));
  }
}

function doCommand(action: string, parameters: Record<string, unknown>): Plan {
  return { type: 'plan', commands: [{ type: 'DO', action, parameters } as PredictedDoCommand] };
}

/** Runs a model call with this user's history in the place ActionPlanner reads and writes it, then moves it back. */
async function withUserHistory(state: TurnState, call: () => Promise<Plan>): Promise<Plan> {
  state.setValue(CONVERSATION_HISTORY, state.getValue(USER_HISTORY) ?? []);
  try {
    return await call();
  } finally {
    state.setValue(USER_HISTORY, state.getValue(CONVERSATION_HISTORY) ?? []);
    state.deleteValue(CONVERSATION_HISTORY);
  }
}
