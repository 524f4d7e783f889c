import { notFound } from '../http/errors';
import { PERMS } from '../http/permissions';
import type { Ctx, Route } from '../http/types';
import type { Tenant } from '../store/tenant';

/** OData function parameters arrive quoted with '' escaping: 'o''x' -> o'x. */
function unquote(v: string): string {
  return v.replace(/''/g, "'");
}

function info(ctx: Ctx, t: Tenant) {
  return {
    status: 200,
    body: {
      '@odata.context': `${ctx.baseUrl}/$metadata#microsoft.graph.tenantInformation`,
      tenantId: t.id,
      federationBrandName: null,
      displayName: t.displayName,
      defaultDomainName: t.defaultDomainName,
    },
  };
}

/** Lookups across every simulated tenant (the real ones search the whole cloud). */
export const tenantRelationshipRoutes: Route[] = [
  {
    method: 'GET',
    template: "/tenantRelationships/findTenantInformationByDomainName(domainName='{domainName}')",
    perms: PERMS.tenantInfo,
    handler: (ctx) => {
      const domain = unquote(ctx.params.domainName);
      const t = ctx.sim.byDomain(domain);
      if (!t) throw notFound(domain);
      return info(ctx, t);
    },
  },
  {
    method: 'GET',
    template: "/tenantRelationships/findTenantInformationByTenantId(tenantId='{tenantId}')",
    perms: PERMS.tenantInfo,
    handler: (ctx) => {
      const id = unquote(ctx.params.tenantId);
      const t = ctx.sim.get(id);
      if (!t) throw notFound(id);
      return info(ctx, t);
    },
  },
];
