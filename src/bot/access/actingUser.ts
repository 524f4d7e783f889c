import type { TurnContext } from 'botbuilder';
import type { ActingUser } from '../../domain';
import { tenantOf } from '../turn/context';
import { verifiedActor } from './actor';

/**
 * The person this turn acts for, as plain data (the verified actor and the turn's tenant): what a change carries so
 * that work finishing after the turn still writes with that person's token.
 */
export function actingUserOf(ctx: TurnContext): ActingUser {
  const actor = verifiedActor(ctx);
  return { aadObjectId: actor.id, tenantId: (tenantOf(ctx) ?? '').toLowerCase(), displayName: actor.displayName };
}
