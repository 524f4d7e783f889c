import type { TurnContext } from 'botbuilder';
import type { Logger } from '../../logging';
import { tenantOf } from './context';

const LOGGER_KEY = Symbol('turnLogger');

/** The fields every log line of a turn carries. */
export function turnBindings(ctx: TurnContext): Record<string, string | undefined> {
  const a = ctx.activity;
  return { activityId: a.id, conversationId: a.conversation?.id, tenantId: tenantOf(ctx) };
}

export function setTurnLogger(ctx: TurnContext, logger: Logger): Logger {
  ctx.turnState.set(LOGGER_KEY, logger);
  return logger;
}

/** The turn's child logger, if its beforeTurn hook ran (a proactive message has none). */
export function currentTurnLogger(ctx: TurnContext): Logger | undefined {
  return ctx.turnState.get(LOGGER_KEY) as Logger | undefined;
}

/** The turn's child logger; made from `fallback` when the turn has none yet (errors before beforeTurn). */
export function turnLogger(ctx: TurnContext, fallback: Logger): Logger {
  const existing = ctx.turnState.get(LOGGER_KEY) as Logger | undefined;
  return existing ?? setTurnLogger(ctx, fallback.child(turnBindings(ctx)));
}
