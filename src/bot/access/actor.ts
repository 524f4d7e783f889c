import type { TurnContext } from 'botbuilder';
import { CodedError, ErrorCode } from '../../errors';
import type { Actor } from '../../domain';

const ACTOR_KEY = Symbol('verifiedActor');

export function setVerifiedActor(ctx: TurnContext, actor: Actor): Actor {
  ctx.turnState.set(ACTOR_KEY, actor);
  return actor;
}

/**
 * The person behind this turn with the roles Entra gives them, as the access hook established
 * it from activity.from.aadObjectId (never from what a card says). Throws when the hook did not
 * run, so no handler can act for an unknown person by mistake.
 */
export function verifiedActor(ctx: TurnContext): Actor {
  const actor = ctx.turnState.get(ACTOR_KEY) as Actor | undefined;
  if (!actor) {
    throw new CodedError(
      ErrorCode.BotMisconfigured,
      'This request reached a handler before the user and their roles were established.',
      {
        activityType: ctx.activity.type,
      },
    );
  }
  return actor;
}
