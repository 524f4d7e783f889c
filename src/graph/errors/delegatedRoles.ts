/**
 * The Microsoft Entra roles that let a signed-in person make each change (delegated calls), least privileged first,
 * as each API's reference page lists them ("In delegated scenarios… the following least privileged roles are
 * supported"); looked up by method and path template so a 403 can name the role Graph wants.
 */
interface RoleRule {
  methods: readonly string[];
  path: RegExp;
  anyOf: readonly string[];
}

const WRITE = ['POST', 'PUT', 'PATCH', 'DELETE'];
const APPLICATIONS = ['Cloud Application Administrator', 'Application Administrator'];

const RULES: readonly RoleRule[] = [
  { methods: WRITE, path: /^\/policies\/crossTenantAccessPolicy\//, anyOf: ['Security Administrator'] },
  {
    methods: WRITE,
    path: /^\/servicePrincipals\/\{id\}\/synchronization\//,
    anyOf: ['Hybrid Identity Administrator', ...APPLICATIONS],
  },
  {
    methods: WRITE,
    path: /\/appRoleAssignedTo(\/\{id\})?$/,
    anyOf: [
      'Hybrid Identity Administrator',
      ...APPLICATIONS,
      'Identity Governance Administrator',
      'User Administrator',
    ],
  },
  { methods: ['POST'], path: /^\/applicationTemplates\/\{id\}\/instantiate$/, anyOf: APPLICATIONS },
  { methods: ['DELETE'], path: /^\/(servicePrincipals|applications)\/\{id\}$/, anyOf: APPLICATIONS },
];

/** The roles that allow this delegated call, least privileged first; empty when unknown. */
export function requiredRoles(method: string, template: string): string[] {
  const path = template.replace(/^\/v1\.0|^\/beta/, '');
  const rule = RULES.find((r) => r.methods.includes(method.toUpperCase()) && r.path.test(path));
  return rule ? [...rule.anyOf] : [];
}
