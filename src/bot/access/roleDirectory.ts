import { CodedError, ErrorCode } from '../../errors';
import type { RoleSettings } from '../../config';
import type { MembershipLookup } from '../../access';
import type { Role } from '../../domain';
import { rolesFromMemberships } from './roleGrants';

/** Where a user's roles come from; tests of other features pass a fixed one. */
export interface RoleSource {
  /** `fresh`: read Entra now, not the cache (risky clicks, "refresh my roles"); the answer refreshes the cache. */
  rolesOf(userId: string, options?: { fresh?: boolean }): Promise<readonly Role[]>;
}

export interface RoleDirectoryOptions {
  /** The person's Entra memberships (directory roles and groups, nested ones included). */
  memberships: MembershipLookup;
  settings: RoleSettings;
  /** Milliseconds since the epoch; tests move it instead of waiting. */
  now?: () => number;
  /** Users kept in the cache at most (the oldest entry goes first). */
  maxEntries?: number;
}

/**
 * Roles read from Entra (the user's transitive memberships: directory roles and nested groups),
 * cached for `settings.cacheSeconds` so a conversation does not cost a Graph call per message.
 * Failed lookups are not cached: the next message asks again.
 */
export class RoleDirectory implements RoleSource {
  private readonly cache = new Map<string, { roles: readonly Role[]; expires: number }>();
  private readonly pending = new Map<string, Promise<readonly Role[]>>();
  private readonly now: () => number;

  constructor(private readonly options: RoleDirectoryOptions) {
    this.now = options.now ?? Date.now;
  }

  async rolesOf(userId: string, options: { fresh?: boolean } = {}): Promise<readonly Role[]> {
    const key = userId.toLowerCase();
    if (options.fresh) return this.lookUp(userId);
    const cached = this.cache.get(key);
    if (cached && cached.expires > this.now()) return cached.roles;
    const inFlight = this.pending.get(key);
    if (inFlight) return inFlight;
    const lookup = this.lookUp(userId).finally(() => this.pending.delete(key));
    this.pending.set(key, lookup);
    return lookup;
  }

  /** Forgets one user (or everyone): the next message reads Entra again. */
  forget(userId?: string): void {
    if (userId === undefined) this.cache.clear();
    else this.cache.delete(userId.toLowerCase());
  }

  private async lookUp(userId: string): Promise<readonly Role[]> {
    // A failed lookup throws the service's coded error (unknown person, or roles that could not be checked).
    const memberships = await this.options.memberships.membershipsOf(userId);
    const roles = rolesFromMemberships(this.options.settings, memberships);
    // Without RoleManagement.Read.Directory Graph answers directory roles with only id and @odata.type ("limited
    // information"): a person whose role would come from one must hear why, not silently get no role.
    const nameless = memberships.filter((m) => m.kind === 'directoryRole' && !m.roleTemplateId && !m.displayName);
    if (nameless.length > 0 && roles.length === 0) throw namelessRoles(nameless.length);
    const ttl = this.options.settings.cacheSeconds * 1000;
    if (ttl > 0) {
      this.cache.delete(userId.toLowerCase());
      this.cache.set(userId.toLowerCase(), { roles: Object.freeze(roles), expires: this.now() + ttl });
      if (this.cache.size > (this.options.maxEntries ?? 5000))
        this.cache.delete(this.cache.keys().next().value as string);
    }
    return roles;
  }
}

export const ROLE_READ_PERMISSION = 'RoleManagement.Read.Directory';

function namelessRoles(count: number): CodedError {
  const which = count === 1 ? 'role without its name' : 'roles without their names';
  return new CodedError(
    ErrorCode.GraphForbidden,
    `I couldn't check your roles: Microsoft Entra ID returned ${count} of your directory ${which}, because the ` +
      `bot's app registration lacks the application permission ${ROLE_READ_PERMISSION}. An administrator must ` +
      `grant it, with admin consent (Entra admin center > App registrations > API permissions).`,
    { requiredPermissions: [ROLE_READ_PERMISSION] },
  );
}
