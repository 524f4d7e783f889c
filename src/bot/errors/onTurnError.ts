import type { TurnContext } from 'botbuilder';
import type { Logger } from '../../logging';
import { turnLogger } from '../turn/logger';
import { replyWithError } from './replyWithError';

/** The adapter's last resort: anything a handler did not answer ends here, mapped like every other failure. */
export function onTurnError(logger: Logger) {
  return async (ctx: TurnContext, error: unknown): Promise<void> => {
    const log = turnLogger(ctx, logger);
    try {
      await replyWithError(ctx, error, log);
    } catch (replyFailure) {
      log.error({ err: replyFailure }, 'could not tell the user about a failed turn');
    }
  };
}
