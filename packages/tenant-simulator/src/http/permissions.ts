import { forbidden } from './errors';
import { activeRoleTemplateIds } from '../store/directoryRoles';
import { ROLE_TEMPLATES, type RoleKey } from '../store/roleTemplates';
import type { Access, Ctx, Route } from './types';

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

/** Delegated permissions are the application ones without OwnedBy, which exists for applications only. */
function access(app: string[][], roles: RoleKey[] | 'member'): Access {
  return { app, delegated: { scopes: app.filter((alt) => !alt.includes(OWNED_BY)), roles } };
}

/** 403 Authorization_RequestDenied unless one alternative of the route is fully granted (and, delegated, a role). */
export function checkPermissions(route: Route, ctx: Ctx): void {
  if (ctx.user) return checkDelegated(route.perms.delegated, ctx, ctx.user.id);
  if (route.perms.app.length === 0) return;
  const granted = effectivePermissions(ctx.app.roles);
  const ok = route.perms.app.some((alt) =>
    alt.every((p) => granted.has(p) && (p !== OWNED_BY || !route.owned || route.owned(ctx))),
  );
  if (!ok) throw forbidden();
}

/**
 * A delegated call needs the permission in the token AND a directory role the person holds now (Graph looks at the
 * directory, not at the token's `wids`): a role that is only eligible in PIM does not count until it is activated.
 */
function checkDelegated(need: Access['delegated'], ctx: Ctx, userId: string): void {
  const granted = effectivePermissions(ctx.scopes ?? []);
  if (need.scopes.length > 0 && !need.scopes.some((alt) => alt.every((p) => granted.has(p)))) throw forbidden();
  if (need.roles === 'member') return;
  const active = activeRoleTemplateIds(ctx.tenant, userId);
  if (active.has(ROLE_TEMPLATES.globalAdministrator.id)) return;
  if (!need.roles.some((k) => active.has(ROLE_TEMPLATES[k].id))) throw forbidden();
}

/** Delegated access with work or school accounts: the "least privileged roles" of each API's Permissions section. */
const SYNC_ROLES: RoleKey[] = [
  'applicationAdministrator',
  'cloudApplicationAdministrator',
  'hybridIdentityAdministrator',
];
const APP_ROLES: RoleKey[] = ['applicationAdministrator', 'cloudApplicationAdministrator'];
const ASSIGNMENT_ROLES: RoleKey[] = [
  'directoryWriters',
  'hybridIdentityAdministrator',
  'identityGovernanceAdministrator',
  'privilegedRoleAdministrator',
  'userAdministrator',
  'applicationAdministrator',
  'cloudApplicationAdministrator',
];
const POLICY_READ_ROLES: RoleKey[] = ['securityReader', 'globalReader', 'securityAdministrator', 'teamsAdministrator'];
const REPORT_ROLES: RoleKey[] = [
  'reportsReader',
  'securityReader',
  'securityAdministrator',
  'globalReader',
  'securityOperator',
  'applicationAdministrator',
  'cloudApplicationAdministrator',
];

/** The least-privilege table of graph-contract.md 9.1, as route permission alternatives, with the delegated rules. */
export const PERMS = {
  userRead: access(
    [['User.Read.All'], ['User.ReadWrite.All'], ['Directory.Read.All'], ['Directory.ReadWrite.All']],
    'member',
  ),
  memberOfRead: access([['User.Read.All'], ['GroupMember.Read.All'], ['Directory.Read.All']], 'member'),
  groupRead: access([['GroupMember.Read.All'], ['Group.Read.All'], ['Directory.Read.All']], 'member'),
  roleRead: access([['RoleManagement.Read.Directory'], ['Directory.Read.All']], 'member'),
  roleEligibilityRead: access(
    [
      ['RoleEligibilitySchedule.Read.Directory'],
      ['RoleManagement.Read.Directory'],
      ['RoleManagement.Read.All'],
      ['RoleEligibilitySchedule.ReadWrite.Directory'],
      ['RoleManagement.ReadWrite.Directory'],
    ],
    ['globalReader', 'privilegedRoleAdministrator', 'securityReader', 'securityAdministrator'],
  ),
  policyRead: access([['Policy.Read.All'], ['Policy.ReadWrite.CrossTenantAccess']], POLICY_READ_ROLES),
  policyWrite: access([['Policy.ReadWrite.CrossTenantAccess']], ['securityAdministrator', 'teamsAdministrator']),
  /** Teams Administrator may change partner settings "excluding identity synchronization settings". */
  identitySyncWrite: access([['Policy.ReadWrite.CrossTenantAccess']], ['securityAdministrator']),
  tenantInfo: access([['CrossTenantInformation.ReadBasic.All']], 'member'),
  instantiate: access([[OWNED_BY], ['Application.ReadWrite.All'], ['Directory.ReadWrite.All']], APP_ROLES),
  appRead: access(
    [['Application.Read.All'], [OWNED_BY], ['Application.ReadWrite.All'], ['Directory.Read.All']],
    'member',
  ),
  appDelete: access([[OWNED_BY], ['Application.ReadWrite.All']], APP_ROLES),
  syncRead: access([[OWNED_BY], ['Synchronization.Read.All'], ['Synchronization.ReadWrite.All']], SYNC_ROLES),
  syncWrite: access([[OWNED_BY], ['Synchronization.ReadWrite.All']], SYNC_ROLES),
  assignmentRead: access(
    [['Application.Read.All'], ['AppRoleAssignment.ReadWrite.All'], ['Directory.Read.All']],
    'member',
  ),
  assignmentCreate: access(
    [
      ['AppRoleAssignment.ReadWrite.All', 'Application.Read.All'],
      ['AppRoleAssignment.ReadWrite.All', 'Directory.Read.All'],
    ],
    ASSIGNMENT_ROLES,
  ),
  assignmentDelete: access([['AppRoleAssignment.ReadWrite.All']], ASSIGNMENT_ROLES),
  auditLogs: access([['AuditLog.Read.All', 'Directory.Read.All']], REPORT_ROLES),
} satisfies Record<string, Access>;
