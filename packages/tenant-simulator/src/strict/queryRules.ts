import { badRequest } from '../http/errors';
import type { Ctx } from '../http/types';
import { isAdvanced } from '../odata/query';
import {
  APPLICATION,
  DIRECTORY_AUDIT,
  DIRECTORY_ROLE,
  GROUP,
  MEMBERSHIP,
  PARTNER,
  PROVISIONING_OBJECT_SUMMARY,
  SERVICE_PRINCIPAL,
} from './entityProperties';

const PARTNERS = '/policies/crossTenantAccessPolicy/partners';

/** Route template prefix -> the entity type its $select is checked against (users check their own). */
const SELECTABLE: Array<{ prefix: RegExp; type: string; names: Set<string> }> = [
  {
    prefix: /^\/servicePrincipals(\(appId='\{appId\}'\))?(\/\{id\})?$/i,
    type: 'servicePrincipal',
    names: SERVICE_PRINCIPAL,
  },
  { prefix: /^\/applications(\/\{id\})?$/i, type: 'application', names: APPLICATION },
  { prefix: /^\/groups(\/\{id\})?$/i, type: 'group', names: GROUP },
  {
    prefix: /^\/directoryRoles(\/\{id\}|\(roleTemplateId='\{roleTemplateId\}'\))?$/i,
    type: 'directoryRole',
    names: DIRECTORY_ROLE,
  },
  {
    prefix: /^\/users\/\{id\}\/(transitive)?memberOf(\/microsoft\.graph\.\w+)?$/i,
    type: 'directoryObject',
    names: MEMBERSHIP,
  },
  { prefix: /^\/auditLogs\/directoryAudits(\/\{id\})?$/i, type: 'directoryAudit', names: DIRECTORY_AUDIT },
  { prefix: /^\/auditLogs\/provisioning$/i, type: 'provisioningObjectSummary', names: PROVISIONING_OBJECT_SUMMARY },
  {
    prefix: new RegExp(`^${PARTNERS}(/\\{tenantId\\})?$`, 'i'),
    type: 'crossTenantAccessPolicyConfigurationPartner',
    names: PARTNER,
  },
];

/** Templates that support $expand (and which navigation properties): only the partners' identitySynchronization. */
const EXPANDABLE = new RegExp(`^${PARTNERS}(/\\{tenantId\\})?$`, 'i');

/** memberOf and transitiveMemberOf: $filter, $search, $orderby and casts are advanced queries. */
const MEMBERSHIP_LIST = /^\/users\/\{id\}\/(transitive)?memberOf(\/microsoft\.graph\.\w+)?$/i;

/**
 * The query-option rules Graph applies before any handler runs:
 * - $expand only where the resource supports it; elsewhere 400 (the simulator used to ignore it).
 * - $select of a property the entity type does not have: 400, "Could not find a property named …".
 * - user memberOf / transitiveMemberOf with $filter, $search, $orderby or an OData cast need ConsistencyLevel:
 *   eventual and $count=true ("This header and $count are required when using the $search, $filter, $orderby, or
 *   OData cast query parameters", learn.microsoft.com/graph/api/user-list-memberof and
 *   learn.microsoft.com/graph/aad-advanced-queries).
 */
export function checkQueryOptions(template: string, ctx: Ctx): void {
  if (ctx.req.method !== 'GET') return;
  const q = ctx.req.query;
  const expand = q.get('$expand');
  if (expand !== undefined && !EXPANDABLE.test(template)) {
    throw badRequest(`Expanding '${expand.split(',')[0].trim()}' is not supported on this resource.`, 'BadRequest');
  }
  const select = q.get('$select');
  const entity = select === undefined ? undefined : SELECTABLE.find((s) => s.prefix.test(template));
  if (select !== undefined && entity) {
    const unknown = select
      .split(',')
      .map((s) => s.trim())
      .find((s) => s !== '' && s !== '*' && !entity.names.has(s.toLowerCase()));
    if (unknown !== undefined)
      throw badRequest(`Could not find a property named '${unknown}' on type 'microsoft.graph.${entity.type}'.`);
  }
  if (MEMBERSHIP_LIST.test(template)) {
    const cast = /microsoft\.graph\./i.test(template);
    const needs = cast || ['$filter', '$search', '$orderby'].some((o) => q.has(o));
    const counted = (q.get('$count') ?? '').toLowerCase() === 'true';
    if (needs && !(isAdvanced(ctx) && counted)) {
      throw badRequest(
        'This query on memberOf needs the advanced query parameters: the ConsistencyLevel: eventual header and ' +
          '$count=true.',
        'Request_UnsupportedQuery',
      );
    }
  }
}
