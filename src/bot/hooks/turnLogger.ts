import type { TurnContext } from 'botbuilder';
import type { Logger } from '../../logging';
import { actorOf } from '../turn/context';
import { setTurnLogger, turnBindings } from '../turn/logger';

/** beforeTurn: every turn gets a child logger carrying activityId, conversationId and tenantId. */
export function turnLoggerHook(logger: Logger) {
  return async (ctx: TurnContext): Promise<boolean> => {
    const log = setTurnLogger(ctx, logger.child(turnBindings(ctx)));
    const a = ctx.activity;
    log.debug({ type: a.type, name: a.name, channelId: a.channelId, userId: actorOf(ctx).aadObjectId }, 'turn started');
    return true;
  };
}
