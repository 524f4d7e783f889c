import type { TurnContext } from 'botbuilder';
import { ActivityTypes } from 'botbuilder';
import { CodedError, ErrorCode } from '../../errors';
import type { Logger } from '../../logging';
import { replyWithError } from '../errors/replyWithError';
import { setAudience } from '../turn/audience';
import { turnLogger } from '../turn/logger';
import { setVerifiedActor } from './actor';
import { needsFreshRoles } from './freshRoles';
import type { RoleSource } from './roleDirectory';

/** Activities that can run an action or a card verb; others (conversation updates, typing) need no roles. */
const ACTING = new Set<string>([ActivityTypes.Message, ActivityTypes.Invoke]);

/**
 * beforeTurn (after the tenant guard): who is this, and which roles does Entra give them?
 * A user the directory does not know, or whose lookup fails, is answered here and nothing runs.
 */
export function actorHook(roles: RoleSource, logger: Logger) {
  return async (ctx: TurnContext): Promise<boolean> => {
    if (!ACTING.has(ctx.activity.type)) return true;
    const log = turnLogger(ctx, logger);
    const from = ctx.activity.from;
    try {
      const id = from?.aadObjectId?.trim().toLowerCase();
      if (!id) {
        throw new CodedError(
          ErrorCode.UnknownActor,
          "I can't tell who you are: Teams did not say which Microsoft Entra user sent this.",
          {
            channelUserId: from?.id,
          },
        );
      }
      const actor = setVerifiedActor(ctx, {
        id,
        displayName: from?.name ?? '',
        roles: await roles.rolesOf(id, { fresh: needsFreshRoles(ctx) }),
      });
      setAudience(ctx, actor.roles.includes('operator') ? 'operator' : 'other');
      log.debug({ actorId: actor.id, roles: actor.roles }, 'actor established');
      return true;
    } catch (error) {
      await replyWithError(ctx, error, log);
      return false;
    }
  };
}
