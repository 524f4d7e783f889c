import type { TurnContext } from 'botbuilder';

/** Who reads this turn's answers: an operator sees how the bot is set up (ids, authority), anyone else does not. */
export type Audience = 'operator' | 'other';

const AUDIENCE_KEY = Symbol('audience');

/** Set by the access hook once the actor's roles are known. */
export function setAudience(ctx: TurnContext, audience: Audience): void {
  ctx.turnState.set(AUDIENCE_KEY, audience);
}

/** 'other' until the access hook established an operator (and for no turn at all). */
export function audienceOf(ctx: TurnContext | undefined): Audience {
  return ((ctx?.turnState.get(AUDIENCE_KEY) as Audience | undefined) ?? 'other') === 'operator' ? 'operator' : 'other';
}
