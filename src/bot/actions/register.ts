import { AI, Application, TurnState } from '../teamsAi';
import type { TurnContext } from 'botbuilder';
import type { z } from 'zod';
import { CodedError, ErrorCode } from '../../errors';
import { requireRole, verifiedActor } from '../access';
import type { BotDeps } from '../deps';
import { replyWithError } from '../errors/replyWithError';
import { turnLogger } from '../turn/logger';
import type { ActionDefinition } from './action';

/** Registers every action with the AI system, each wrapped in validation and error replies. */
export function registerActions(
  app: Application<TurnState>,
  definitions: readonly ActionDefinition[],
  deps: BotDeps,
): void {
  for (const definition of definitions) app.ai.action(definition.name, runAction(definition, deps));

}

function runAction(definition: ActionDefinition, deps: BotDeps) {
  const handler = definition.handler(deps);
  return async (ctx: TurnContext, state: TurnState, params: unknown): Promise<string> => {
    const log = turnLogger(ctx, deps.logger);
    try {
      // The one role check of every action, whichever planner (commands or the LLM) chose it.
      requireRole(verifiedActor(ctx), definition.role, deps.access.settings, definition.title);
      const parsed = definition.parameters.safeParse(params ?? {});
      if (!parsed.success) throw invalidParameters(definition, parsed.error);
      // The action as a field, not a child logger: a child per action is a cost on every turn.
      log.info({ action: definition.name, parameters: parsed.data }, 'action started');
      return await handler(ctx, state, parsed.data);
    } catch (error) {
      await replyWithError(ctx, error, log.child({ action: definition.name }));
      return AI.StopCommandName;
    }
  };
}

function invalidParameters(definition: ActionDefinition, error: z.ZodError): CodedError {
  const problems = error.issues.map((i) => i.message);
  return new CodedError(ErrorCode.InvalidInput, `${definition.title}: ${problems.join('; ')}.`, {
    action: definition.name,
    issues: problems,
  });
}
