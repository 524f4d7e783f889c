import type { Request as BotRequest, Response as BotResponse, TurnContext } from 'botbuilder';
import type { Next, Request, Response } from 'restify';
import type { Logger } from '../../logging';
import { refuseUnauthenticated } from './refuseUnauthenticated';

/** What /api/messages needs: the adapter (JWT check, invoke responses) and the bot it runs. */
export interface MessageDeps {
  adapter: {
    process(req: BotRequest, res: BotResponse, logic: (context: TurnContext) => Promise<void>): Promise<void>;
  };
  bot: { run(context: TurnContext): Promise<boolean> };
  logger: Logger;
}

export function messagesRoute(deps: MessageDeps) {
  return (req: Request, res: Response, next: Next): void => {
    let turnStarted = false;
    deps.adapter
      .process(
        req as unknown as BotRequest,
        refuseUnauthenticated(res, () => turnStarted, deps.logger),
        async (context) => {
          turnStarted = true;
          await deps.bot.run(context);
        },
      )
      .then(
        () => next(),
        (error: unknown) => {
          deps.logger.error({ err: error }, 'an activity could not be processed');
          if (!res.headersSent) res.send(500, { error: 'The activity could not be processed.' });
          next();
        },
      );
  };
}
