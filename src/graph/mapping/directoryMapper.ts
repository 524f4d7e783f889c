import type { DirectoryGroup, DirectoryMembership, DirectoryUser, ScopeAssignment } from '../../domain';
import type { WireAppRoleAssignment, WireDirectoryObject, WireGroup, WireUser } from '../wire/directory';

export const USER_FIELDS = [
  'id',
  'displayName',
  'userPrincipalName',
  'mail',
  'mailNickname',
  'userType',
  'accountEnabled',
  'department',
] as const;
export const GROUP_FIELDS = ['id', 'displayName', 'description', 'mail'] as const;

export function toDirectoryUser(wire: WireUser): DirectoryUser {
  return {
    id: wire.id,
    displayName: wire.displayName ?? '',
    userPrincipalName: wire.userPrincipalName ?? '',
    mail: wire.mail ?? undefined,
    mailNickname: wire.mailNickname ?? undefined,
    userType: wire.userType ?? undefined,
    accountEnabled: wire.accountEnabled ?? undefined,
    department: wire.department ?? undefined,
  };
}

export function toDirectoryGroup(wire: WireGroup): DirectoryGroup {
  return {
    id: wire.id,
    displayName: wire.displayName ?? '',
    description: wire.description ?? undefined,
    mail: wire.mail ?? undefined,
  };
}

/** Groups and directory roles from memberOf; other object types (administrative units) are left out. */
export function toMembership(wire: WireDirectoryObject): DirectoryMembership | undefined {
  const type = wire['@odata.type'] ?? '';
  if (type === '#microsoft.graph.directoryRole') {
    return {
      id: wire.id,
      displayName: wire.displayName ?? '',
      kind: 'directoryRole',
      roleTemplateId: wire.roleTemplateId ?? undefined,
    };
  }
  if (type === '#microsoft.graph.group') return { id: wire.id, displayName: wire.displayName ?? '', kind: 'group' };
  return undefined;
}

export function toAssignment(wire: WireAppRoleAssignment): ScopeAssignment {
  return {
    id: wire.id,
    principalId: wire.principalId,
    principalType: wire.principalType ?? 'User',
    principalDisplayName: wire.principalDisplayName ?? '',
    appRoleId: wire.appRoleId,
    createdDateTime: wire.createdDateTime ?? undefined,
  };
}
