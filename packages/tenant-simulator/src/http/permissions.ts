import { forbidden } from './errors';
import type { Ctx, Route } from './types';

/** Broader application permissions that include narrower ones (a higher permission also satisfies). */
const IMPLIES: Record<string, string[]> = {
  'Directory.ReadWrite.All': [
    'Directory.Read.All',
    'User.Read.All',
    'User.ReadWrite.All',
    'Group.Read.All',
    'GroupMember.Read.All',
    'Application.Read.All',
    'RoleManagement.Read.Directory',
  ],
  'Directory.Read.All': [
    'User.Read.All',
    'Group.Read.All',
    'GroupMember.Read.All',
    'Application.Read.All',
    'RoleManagement.Read.Directory',
    'User.ReadBasic.All',
  ],
  'User.ReadWrite.All': ['User.Read.All', 'User.ReadBasic.All'],
  'User.Read.All': ['User.ReadBasic.All'],
  'Group.ReadWrite.All': ['Group.Read.All', 'GroupMember.Read.All'],
  'Group.Read.All': ['GroupMember.Read.All'],
  'Application.ReadWrite.All': ['Application.Read.All'],
  'Synchronization.ReadWrite.All': ['Synchronization.Read.All'],
  'Policy.ReadWrite.CrossTenantAccess': ['Policy.Read.All'],
  'AppRoleAssignment.ReadWrite.All': [],
  'RoleManagement.ReadWrite.Directory': ['RoleManagement.Read.Directory'],
};

export const OWNED_BY = 'Application.ReadWrite.OwnedBy';

export function effectivePermissions(roles: string[]): Set<string> {
  const out = new Set<string>();
  const visit = (r: string): void => {
    if (out.has(r)) return;
    out.add(r);
    for (const i of IMPLIES[r] ?? []) visit(i);
  };
  roles.forEach(visit);
  return out;
}

/** 403 Authorization_RequestDenied unless one alternative of the route is fully granted. */
export function checkPermissions(route: Route, ctx: Ctx): void {
  if (route.perms.length === 0) return;
  const granted = effectivePermissions(ctx.app.roles);
  const ok = route.perms.some((alt) =>
    alt.every((p) => granted.has(p) && (p !== OWNED_BY || !route.owned || route.owned(ctx))),
  );
  if (!ok) throw forbidden();
}

/** The least-privilege table of graph-contract.md 9.1, as route permission alternatives. */
export const PERMS = {
  userRead: [['User.Read.All'], ['User.ReadWrite.All'], ['Directory.Read.All'], ['Directory.ReadWrite.All']],
  memberOfRead: [['User.Read.All'], ['GroupMember.Read.All'], ['Directory.Read.All']],
  groupRead: [['GroupMember.Read.All'], ['Group.Read.All'], ['Directory.Read.All']],
  roleRead: [['RoleManagement.Read.Directory'], ['Directory.Read.All']],
  policyRead: [['Policy.Read.All'], ['Policy.ReadWrite.CrossTenantAccess']],
  policyWrite: [['Policy.ReadWrite.CrossTenantAccess']],
  tenantInfo: [['CrossTenantInformation.ReadBasic.All']],
  instantiate: [[OWNED_BY], ['Application.ReadWrite.All'], ['Directory.ReadWrite.All']],
  appRead: [['Application.Read.All'], [OWNED_BY], ['Application.ReadWrite.All'], ['Directory.Read.All']],
  appDelete: [[OWNED_BY], ['Application.ReadWrite.All']],
  syncRead: [[OWNED_BY], ['Synchronization.Read.All'], ['Synchronization.ReadWrite.All']],
  syncWrite: [[OWNED_BY], ['Synchronization.ReadWrite.All']],
  assignmentRead: [['Application.Read.All'], ['AppRoleAssignment.ReadWrite.All'], ['Directory.Read.All']],
  assignmentCreate: [
    ['AppRoleAssignment.ReadWrite.All', 'Application.Read.All'],
    ['AppRoleAssignment.ReadWrite.All', 'Directory.Read.All'],
  ],
  assignmentDelete: [['AppRoleAssignment.ReadWrite.All']],
  auditLogs: [['AuditLog.Read.All', 'Directory.Read.All']],
} satisfies Record<string, string[][]>;
