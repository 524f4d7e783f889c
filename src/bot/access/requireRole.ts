import type { RoleSettings } from '../../config';
import { CodedError, ErrorCode } from '../../errors';
import type { Actor, Role } from '../../domain';
import { describeGrant } from './roleGrants';

/** Throws MissingRole, naming the role and what grants it, unless the actor holds `role`. */
export function requireRole(actor: Actor, role: Role, settings: RoleSettings, what: string): void {
  if (actor.roles.includes(role)) return;
  const held =
    actor.roles.length > 0
      ? `You have the ${actor.roles.join(', ')} role${actor.roles.length > 1 ? 's' : ''}.`
      : 'You have no role with this bot.';
  throw new CodedError(
    ErrorCode.MissingRole,
    `${what} needs the ${role} role. ${held} The ${role} role comes from ${describeGrant(settings, role)}.`,
    { missingRole: role, actorId: actor.id, actorRoles: [...actor.roles] },
  );
}
