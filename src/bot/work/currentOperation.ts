import type { TurnContext } from 'botbuilder';
import type { AdaptiveCard } from '../../cards/render';

const KEY = Symbol('currentOperation');

/**
 * The operation a detached context runs, as its live card reports it: the card shown last (what a click is answered
 * with while the work goes on) and the card's activity id (recorded, so a crash can be told on that card).
 */
export interface CurrentOperation {
  shown?: AdaptiveCard;
  cardId?: string;
  /** The live card was posted or taken over. */
  opened(cardId: string | undefined): Promise<void>;
}

export function setCurrentOperation(ctx: TurnContext, operation: CurrentOperation): void {
  ctx.turnState.set(KEY, operation);
}

export function currentOperation(ctx: TurnContext): CurrentOperation | undefined {
  // (fake contexts in tests may have no turn state)
  return ctx.turnState?.get(KEY) as CurrentOperation | undefined;
}
