import type { Application, TurnState } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import { CodedError, ErrorCode } from '../../errors';
import type { BotDeps } from '../deps';
import { answerCardError } from '../errors/replyWithError';
import { turnLogger } from '../turn/logger';

/** A button from an older card (or a forged one) whose verb nothing answers. */
export function registerUnknownVerb(app: Application<TurnState>, deps: BotDeps): void {
  app.adaptiveCards.actionExecute(/.*/, async (ctx: TurnContext) => {
    const verb = (ctx.activity.value as { action?: { verb?: unknown } } | undefined)?.action?.verb;
    const error = new CodedError(ErrorCode.StaleAction, 'This button is no longer available.', {
      verb: String(verb).slice(0, 100),
    });
    return answerCardError(error, turnLogger(ctx, deps.logger).child({ verb: String(verb).slice(0, 100) }));
  });
}
