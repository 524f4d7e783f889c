import type { RoleSettings } from '../../config';
import type { DirectoryMembership, Role } from '../../domain';

export const ROLES: readonly Role[] = ['reader', 'operator', 'approver'];

/** What grants a role: Entra directory roles (by name or template id) and groups (by object id). */
export interface RoleGrant {
  directoryRoles: readonly string[];
  groupIds: readonly string[];
}

export function grantsOf(settings: RoleSettings, role: Role): RoleGrant {
  switch (role) {
    case 'reader':
      return { directoryRoles: settings.readerRoles, groupIds: settings.readerGroupIds };
    case 'operator':
      return { directoryRoles: settings.operatorRoles, groupIds: settings.operatorGroupIds };
    case 'approver':
      return { directoryRoles: settings.approverRoles, groupIds: settings.approverGroupIds };
  }
}

/**
 * The bot's roles for a set of Entra memberships. Operators and approvers also read: whoever
 * may act on a configuration may see it.
 */
export function rolesFromMemberships(settings: RoleSettings, memberships: readonly DirectoryMembership[]): Role[] {
  const roleNames = new Set<string>();
  const groupIds = new Set<string>();
  for (const m of memberships) {
    if (m.kind === 'directoryRole') {
      roleNames.add(m.displayName.trim().toLowerCase());
      if (m.roleTemplateId) roleNames.add(m.roleTemplateId.toLowerCase());
    } else {
      groupIds.add(m.id.toLowerCase());
    }
  }
  const held = ROLES.filter((role) => {
    const grant = grantsOf(settings, role);
    return (
      grant.directoryRoles.some((r) => roleNames.has(r.trim().toLowerCase())) ||
      grant.groupIds.some((g) => groupIds.has(g.toLowerCase()))
    );
  });
  if (held.length > 0 && !held.includes('reader')) held.unshift('reader');
  return held;
}

/** "the Entra role Global Reader or Reports Reader, or membership of group 1234…" for refusals. */
export function describeGrant(settings: RoleSettings, role: Role): string {
  const grant = grantsOf(settings, role);
  const parts: string[] = [];
  if (grant.directoryRoles.length > 0) {
    parts.push(`the Entra role${grant.directoryRoles.length > 1 ? 's' : ''} ${orList(grant.directoryRoles)}`);
  }
  if (grant.groupIds.length > 0) {
    parts.push(`membership of the group${grant.groupIds.length > 1 ? 's' : ''} ${orList(grant.groupIds)}`);
  }
  if (role === 'reader') parts.push('the operator or approver role');
  return parts.length > 0 ? orList(parts) : 'nothing: no Entra role or group is configured for it';
}

function orList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
