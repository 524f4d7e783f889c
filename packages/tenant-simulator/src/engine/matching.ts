import type { Tenant } from '../store/tenant';
import type { JobRecord, UserRecord } from '../store/types';

/**
 * Lookups into the target tenant that a cycle makes for every user, built once per cycle so that a
 * 100,000-user "sync all" cycle stays linear: B2B users by alternative security id, internal proxy addresses.
 */
export class TargetIndex {
  private byAltSecId?: Map<string, UserRecord>;
  private proxies?: Map<string, UserRecord>;

  constructor(private readonly target: Tenant) {}

  byExternalIdentity(tenantId: string, netId: string): UserRecord | undefined {
    if (!this.byAltSecId) {
      this.byAltSecId = new Map();
      for (const u of this.target.users.all())
        if (u.meta.altSecId) this.byAltSecId.set(`${u.meta.altSecId.tenantId}|${u.meta.altSecId.netId}`, u);
    }
    return this.byAltSecId.get(`${tenantId}|${netId}`);
  }

  internalProxy(address: string): UserRecord | undefined {
    if (!this.proxies) {
      this.proxies = new Map();
      for (const u of this.target.users.all()) {
        if (u.meta.altSecId || u.meta.softDeleted) continue;
        for (const p of (u.data.proxyAddresses as string[] | undefined) ?? []) this.proxies.set(p.toLowerCase(), u);
      }
    }
    return this.proxies.get(address.toLowerCase());
  }

  /** A user created during the cycle becomes matchable at once. */
  added(u: UserRecord): void {
    if (u.meta.altSecId) this.byAltSecId?.set(`${u.meta.altSecId.tenantId}|${u.meta.altSecId.netId}`, u);
  }
}

/**
 * The target user standing for a source user: the one this job linked, or an existing B2B user whose
 * alternative security id is the source user's netId in the source tenant (matched, never duplicated).
 */
export function findMatch(
  target: Tenant,
  index: TargetIndex,
  sourceTenant: Tenant,
  source: UserRecord,
  job: JobRecord,
): UserRecord | undefined {
  const linked = job.engine.linked.get(source.data.id);
  if (linked) {
    const u = target.users.get(linked);
    if (u) return u;
  }
  return index.byExternalIdentity(sourceTenant.id, source.meta.netId);
}

/**
 * An internal user of the target whose proxy addresses contain the source user's mail
 * (InvitationCreationFailureAmbiguousUser).
 */
export function proxyCollision(index: TargetIndex, source: UserRecord): UserRecord | undefined {
  const mail = String(source.data.mail ?? source.data.userPrincipalName);
  return index.internalProxy(`smtp:${mail}`);
}
