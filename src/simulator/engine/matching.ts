import type { Tenant } from '../store/tenant';
import type { JobRecord, UserRecord } from '../store/types';

/**
 * The target user standing for a source user: the one this job linked, or an existing B2B user whose
 * alternative security id is the source user's netId in the source tenant (matched, never duplicated).
 */
export function findMatch(target: Tenant, sourceTenant: Tenant, source: UserRecord, job: JobRecord): UserRecord | undefined {
  const linked = job.engine.linked.get(source.data.id);
  if (linked) {
    const u = target.users.get(linked);
    if (u) return u;
  }
  for (const u of target.users.all()) {
    const alt = u.meta.altSecId;
    if (alt && alt.tenantId === sourceTenant.id && alt.netId === source.meta.netId) return u;
  }
  return undefined;
}

/** An internal user of the target whose proxy addresses contain the source user's mail (InvitationCreationFailureAmbiguousUser). */
export function proxyCollision(target: Tenant, source: UserRecord): UserRecord | undefined {
  const mail = String(source.data.mail ?? source.data.userPrincipalName).toLowerCase();
  for (const u of target.users.all()) {
    if (u.meta.altSecId || u.meta.softDeleted) continue;
    const proxies = (u.data.proxyAddresses as string[] | undefined) ?? [];
    if (proxies.some((p) => p.toLowerCase() === `smtp:${mail}`)) return u;
  }
  return undefined;
}
