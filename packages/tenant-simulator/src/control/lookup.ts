import type { SimulatorCore } from '../core';
import type { Tenant } from '../store/tenant';
import type { JobRecord, ServicePrincipalRecord } from '../store/types';

/** A tenant by id, domain, short name ("fabrikam") or display name ("Northwind Traders"). */
export function tenantByAny(core: SimulatorCore, key: string): Tenant {
  const k = key.toLowerCase();
  const t =
    core.state.get(k) ??
    core.state.byDomain(k) ??
    [...core.state.tenants.values()].find(
      (x) => x.name === k || x.displayName.toLowerCase() === k || x.displayName.toLowerCase().split(',')[0] === k,
    );
  if (!t) throw new Error(`no simulated tenant '${key}'`);
  return t;
}

/** A configuration (service principal with a job) by display name or service principal id, in any tenant. */
export function configurationByAny(
  core: SimulatorCore,
  key: string,
): { tenant: Tenant; sp: ServicePrincipalRecord; job: JobRecord } {
  const k = key.toLowerCase();
  for (const tenant of core.state.tenants.values()) {
    for (const sp of tenant.servicePrincipals.values()) {
      if (sp.data.id !== k && sp.data.displayName.toLowerCase() !== k) continue;
      const job = sp.synchronization ? [...sp.synchronization.jobs.values()][0] : undefined;
      if (!job) throw new Error(`configuration '${key}' has no synchronization job`);
      return { tenant, sp, job };
    }
  }
  throw new Error(`no configuration '${key}'`);
}
