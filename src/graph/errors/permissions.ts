/**
 * Which application permission each Graph call needs (graph-contract.md §9.1, least
 * privileged first), looked up by method and path template so a 403 can name what is missing.
 */
interface PermissionRule {
  methods: readonly string[];
  path: RegExp;
  /** Alternatives: any one of these is enough. */
  anyOf: readonly string[];
}

const READ = ['GET'];
const WRITE = ['POST', 'PUT', 'PATCH', 'DELETE'];

const RULES: readonly PermissionRule[] = [
  {
    methods: READ,
    path: /^\/policies\/crossTenantAccessPolicy\/partners/,
    anyOf: ['Policy.Read.All', 'Policy.ReadWrite.CrossTenantAccess'],
  },
  {
    methods: WRITE,
    path: /^\/policies\/crossTenantAccessPolicy\/partners/,
    anyOf: ['Policy.ReadWrite.CrossTenantAccess'],
  },
  { methods: READ, path: /^\/tenantRelationships\//, anyOf: ['CrossTenantInformation.ReadBasic.All'] },
  {
    methods: ['POST'],
    path: /^\/applicationTemplates\/\{id\}\/instantiate$/,
    anyOf: ['Application.ReadWrite.OwnedBy', 'Application.ReadWrite.All', 'Directory.ReadWrite.All'],
  },
  {
    methods: READ,
    path: /^\/servicePrincipals\/\{id\}\/synchronization\//,
    anyOf: ['Synchronization.Read.All', 'Synchronization.ReadWrite.All', 'Application.ReadWrite.OwnedBy'],
  },
  {
    methods: WRITE,
    path: /^\/servicePrincipals\/\{id\}\/synchronization\//,
    anyOf: ['Synchronization.ReadWrite.All', 'Application.ReadWrite.OwnedBy'],
  },
  {
    methods: ['POST'],
    path: /\/appRoleAssignedTo$/,
    anyOf: ['AppRoleAssignment.ReadWrite.All and Application.Read.All'],
  },
  { methods: ['DELETE'], path: /\/appRoleAssignedTo\/\{id\}$/, anyOf: ['AppRoleAssignment.ReadWrite.All'] },
  { methods: READ, path: /\/appRoleAssignedTo$/, anyOf: ['Application.Read.All', 'Directory.Read.All'] },
  {
    methods: ['DELETE'],
    path: /^\/(servicePrincipals|applications)\/\{id\}$/,
    anyOf: ['Application.ReadWrite.OwnedBy', 'Application.ReadWrite.All'],
  },
  { methods: READ, path: /^\/(servicePrincipals|applications)/, anyOf: ['Application.Read.All', 'Directory.Read.All'] },
  { methods: READ, path: /^\/auditLogs\/provisioning/, anyOf: ['AuditLog.Read.All and Directory.Read.All'] },
  { methods: READ, path: /^\/auditLogs\/directoryAudits/, anyOf: ['AuditLog.Read.All and Directory.Read.All'] },
  {
    methods: READ,
    path: /^\/users\/\{id\}\/(transitiveMemberOf|memberOf)/,
    anyOf: ['Directory.Read.All', 'GroupMember.Read.All and RoleManagement.Read.Directory'],
  },
  { methods: READ, path: /^\/users/, anyOf: ['User.Read.All', 'Directory.Read.All'] },
  {
    methods: READ,
    path: /^\/groups\/\{id\}\/members/,
    anyOf: ['GroupMember.Read.All', 'Group.Read.All', 'Directory.Read.All'],
  },
  { methods: READ, path: /^\/groups/, anyOf: ['Group.Read.All', 'Directory.Read.All'] },
  { methods: READ, path: /^\/directoryRoles/, anyOf: ['RoleManagement.Read.Directory', 'Directory.Read.All'] },
];

/** The permissions that allow this call, least privileged first; empty when unknown. */
export function requiredPermissions(method: string, template: string): string[] {
  const path = template.replace(/^\/v1\.0|^\/beta/, '');
  const rule = RULES.find((r) => r.methods.includes(method.toUpperCase()) && r.path.test(path));
  return rule ? [...rule.anyOf] : [];
}
