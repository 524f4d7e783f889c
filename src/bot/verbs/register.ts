import type { Application, TurnState } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import type { AdaptiveCard } from '../../cards/render';
import { requireRole, verifiedActor } from '../access';
import type { BotDeps } from '../deps';
import { answerCardError } from '../errors/replyWithError';
import { cardData } from '../turn/context';
import { turnLogger } from '../turn/logger';
import { checkCardSize } from '../turn/reply';
import type { VerbRoute } from './verb';

/** Registers card verbs; each checks the button data and answers failures in words (the card stays). */
export function registerVerbs(app: Application<TurnState>, routes: readonly VerbRoute[], deps: BotDeps): void {
  for (const route of routes) {
    const handler = route.handler(deps);
    app.adaptiveCards.actionExecute(
      route.verb,
      async (ctx: TurnContext, state: TurnState): Promise<AdaptiveCard | string> => {
        const log = turnLogger(ctx, deps.logger).child({ verb: route.verb });
        try {
          // The one role check of every card button: the clicking user's roles, never the card's claims.
          requireRole(
            verifiedActor(ctx),
            route.role,
            deps.access.settings,
            route.title ?? `The "${route.verb}" button`,
          );
          const data = cardData(ctx, route.data);
          log.info({ data }, 'card action');
          const answer = await handler(ctx, state, data);
          // The card answers the click and replaces the clicked one: the same size limit as a message.
          return typeof answer === 'string' ? answer : checkCardSize(answer, log);
        } catch (error) {
          return answerCardError(error, log);
        }
      },
    );
  }
}
