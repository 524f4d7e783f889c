/**
 * The shape of a Graph path without its data: ids, UPNs and function arguments become
 * placeholders. Used in log lines (no personal data, low cardinality) and to look up
 * which permission a call needs.
 *   /servicePrincipals/6f1.../synchronization/jobs/Azure2Azure.1f5.../start
 *   → /servicePrincipals/{id}/synchronization/jobs/{id}/start
 */

/** Segments after which the next segment is a key, unless it is a known action or sub-collection. */
const KEYED_COLLECTIONS = new Set([
  'users',
  'groups',
  'servicePrincipals',
  'applications',
  'applicationTemplates',
  'jobs',
  'partners',
  'appRoleAssignedTo',
  'directoryRoles',
  'templates',
  'provisioning',
  'members',
]);

const NOT_KEYS = new Set([
  'validateCredentials',
  'microsoft.graph.user',
  'microsoft.graph.group',
  'microsoft.graph.directoryRole',
  '$count',
]);

export function pathTemplate(pathOrUrl: string): string {
  const withoutQuery = pathOrUrl.split('?')[0];
  const path = withoutQuery.replace(/^https?:\/\/[^/]+/i, '');
  const segments = path.split('/');
  const out: string[] = [];
  for (let i = 0; i < segments.length; i++) {
    const current = segments[i];
    const previous = segments[i - 1];
    if (previous !== undefined && KEYED_COLLECTIONS.has(previous) && current !== '' && !NOT_KEYS.has(current)) {
      out.push('{id}');
    } else {
      // findTenantInformationByDomainName(domainName='contoso.com') → (domainName={value})
      out.push(current.replace(/\(([A-Za-z]+)=[^)]*\)/g, '($1={value})'));
    }
  }
  return out.join('/');
}
