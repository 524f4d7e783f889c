import { assignmentId } from './ids';
import type { Tenant } from './tenant';
import type { ServicePrincipalRecord } from './types';

/** appRoleAssignedTo entry for a user or group (base64url id, not a GUID). */
export function assign(
  tenant: Tenant,
  sp: ServicePrincipalRecord,
  principalId: string,
  createdDateTime: string,
  seedKey?: string,
): Record<string, unknown> & { id: string; principalId: string; principalType: string } {
  const user = tenant.users.get(principalId);
  const group = tenant.groups.get(principalId);
  const appRoles = sp.data.appRoles as { id: string }[];
  const entry = {
    id: assignmentId(...(seedKey ? [tenant.name, seedKey] : [])),
    deletedDateTime: null,
    appRoleId: appRoles[0]?.id ?? '00000000-0000-0000-0000-000000000000',
    createdDateTime,
    principalDisplayName: (user?.data.displayName ?? group?.data.displayName ?? null) as string | null,
    principalId,
    principalType: group ? 'Group' : 'User',
    resourceDisplayName: sp.data.displayName,
    resourceId: sp.data.id,
  };
  sp.assignments.set(entry.id, entry);
  return entry;
}
