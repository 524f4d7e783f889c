import type { RoleSource } from '../../src/bot/access';
import { loadConfig, type RoleSettings } from '../../src/config';
import type { Role } from '../../src/domain';

/** The role settings of a deployment that sets none (the documented defaults). */
export const DEFAULT_ROLE_SETTINGS: RoleSettings = loadConfig({}).roles;

/** Roles by Entra object id, for tests of other features: the edge a unit test fakes. Unknown users have none. */
export function fixedRoles(byUser: Record<string, readonly Role[]>): RoleSource & { lookups: string[] } {
  const lookups: string[] = [];
  return {
    lookups,
    rolesOf: async (userId) => {
      lookups.push(userId);
      return byUser[userId] ?? [];
    },
  };
}
