import { effectivePermissions } from '../http/permissions';
import type { Json } from '../store/types';

/**
 * "When an application queries a relationship that returns a directoryObject type collection, if it doesn't have
 * permission to read a certain resource type, members of that type are returned but with limited information":
 * only @odata.type and id, every other property null
 * (learn.microsoft.com/graph/api/user-list-memberof,
 * learn.microsoft.com/graph/permissions-overview, "Limited information returned for inaccessible member objects").
 * Directory roles need RoleManagement.Read.Directory (or Directory.Read.All, which implies it here).
 */
const READ_PERMISSION: Record<string, string[]> = {
  '#microsoft.graph.group': ['GroupMember.Read.All', 'Group.Read.All'],
  '#microsoft.graph.directoryRole': ['RoleManagement.Read.Directory'],
  '#microsoft.graph.user': ['User.ReadBasic.All'],
};

export function limitedView(view: Json, appRoles: string[]): Json {
  const type = String(view['@odata.type'] ?? '');
  const needs = READ_PERMISSION[type];
  if (!needs) return view;
  const granted = effectivePermissions(appRoles);
  if (needs.some((p) => granted.has(p))) return view;
  const out: Json = {};
  for (const k of Object.keys(view)) out[k] = k === 'id' || k === '@odata.type' ? view[k] : null;
  return out;
}
