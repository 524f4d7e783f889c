import { ProvisioningLogStore, TimeSortedLog } from './logStore';
import type {
  ApplicationRecord,
  AuthApp,
  DirectoryRoleRecord,
  GroupRecord,
  PartnerRecord,
  ServicePrincipalRecord,
} from './types';
import { UserStore } from './userStore';

export type TenantRole = 'source' | 'target';

/** One simulated Entra tenant: its directory, policies, applications, provisioning logs and audit log. */
export class Tenant {
  readonly users = new UserStore();
  readonly groups = new Map<string, GroupRecord>();
  readonly directoryRoles = new Map<string, DirectoryRoleRecord>();
  readonly partners = new Map<string, PartnerRecord>();
  readonly applications = new Map<string, ApplicationRecord>();
  readonly servicePrincipals = new Map<string, ServicePrincipalRecord>();
  readonly authApps = new Map<string, AuthApp>();
  readonly provisioningLogs = new ProvisioningLogStore();
  /** The directory audit log (auditLogs/directoryAudits): every write through Graph, by whom, old and new values. */
  readonly directoryAudits = new TimeSortedLog();
  /**
   * External collaboration setting "Guest invite settings"; false = most restrictive (AzureActiveDirectoryForbidden).
   */
  guestInvitationsAllowed = true;

  constructor(
    readonly id: string,
    readonly name: string,
    readonly displayName: string,
    readonly domain: string,
    readonly role: TenantRole,
  ) {}

  /** The initial *.onmicrosoft.com domain, as tenantInformation.defaultDomainName shows it. */
  get defaultDomainName(): string {
    return `${this.domain.split('.')[0]}.onmicrosoft.com`;
  }

  servicePrincipalByAppId(appId: string): ServicePrincipalRecord | undefined {
    for (const sp of this.servicePrincipals.values()) if (sp.data.appId === appId) return sp;
    return undefined;
  }

  /** Groups and directory roles that list the object as a direct member. */
  directMemberships(objectId: string): (GroupRecord | DirectoryRoleRecord)[] {
    const out: (GroupRecord | DirectoryRoleRecord)[] = [];
    for (const g of this.groups.values()) if (g.members.has(objectId)) out.push(g);
    for (const r of this.directoryRoles.values()) if (r.members.has(objectId)) out.push(r);
    return out;
  }
}

/** Every tenant the simulator holds; tenant lookups (findTenantInformationBy*) search across them. */
export class SimulatorState {
  readonly tenants = new Map<string, Tenant>();

  add(tenant: Tenant): Tenant {
    this.tenants.set(tenant.id, tenant);
    return tenant;
  }

  get(tenantId: string): Tenant | undefined {
    return this.tenants.get(tenantId.toLowerCase());
  }

  byDomain(domain: string): Tenant | undefined {
    const d = domain.toLowerCase();
    for (const t of this.tenants.values()) if (t.domain === d || t.defaultDomainName === d) return t;
    return undefined;
  }

  source(): Tenant {
    for (const t of this.tenants.values()) if (t.role === 'source') return t;
    throw new Error('no source tenant');
  }
}
