import { stableGuid } from './ids';
import type { RoleKey } from './roleTemplates';
import { ROLE_TEMPLATES } from './roleTemplates';
import type { Tenant } from './tenant';
import type { DirectoryRoleRecord } from './types';

type Template = (typeof ROLE_TEMPLATES)[RoleKey];

/** The tenant's directoryRole for a template, activated (created) on first use as Entra does on first assignment. */
export function ensureRole(tenant: Tenant, template: Template): DirectoryRoleRecord {
  const id = stableGuid(tenant.name, 'directoryRole', template.id);
  let role = tenant.directoryRoles.get(id);
  if (!role) {
    role = {
      data: {
        id,
        deletedDateTime: null,
        description: template.description,
        displayName: template.displayName,
        roleTemplateId: template.id,
      },
      members: new Set(),
    };
    tenant.directoryRoles.set(id, role);
  }
  return role;
}

/** Template ids of the roles the user holds actively (direct members of the directoryRole). */
export function activeRoleTemplateIds(tenant: Tenant, userId: string): Set<string> {
  const out = new Set<string>();
  for (const r of tenant.directoryRoles.values()) if (r.members.has(userId)) out.add(r.data.roleTemplateId);
  return out;
}
