import type { SimulatorState, Tenant } from './store/tenant';
import { ROLE_TEMPLATES } from './seed/directory';
import { clientSecretFor } from './seed/tenants';
import { CTS_TEMPLATE_ID, TEAMS_CLIENT_ID } from './store/applications';

/** What simulator.json holds: everything a client needs to reach the simulator like it reaches Entra and Graph. */
export interface SimulatorConnection {
  graphBaseUrl: string;
  authorityHost: string;
  caFile: string;
  controlUrl: string;
  controlToken: string;
  /** PEM with the private key and certificate registered on every tenant's bot app (client assertion sign-in). */
  clientCertificateFile: string;
  /** Seconds between scheduled sync cycles when faster than the jobs' PT40M. */
  cycleSeconds: number | null;
  tenants: TenantConnection[];
  people: Person[];
  configurations: ConfigurationInfo[];
}

export interface TenantConnection {
  role: 'source' | 'target';
  tenantId: string;
  name: string;
  domain: string;
  clientId: string;
  clientSecret: string;
  /** Only on the source: an app without Synchronization.* or Application.* permissions. */
  limitedClientId?: string;
  limitedClientSecret?: string;
  /** The bot app's Application ID URI ("api://botid-{clientId}"): SSO tokens are for `${appIdUri}/access_as_user`. */
  appIdUri: string;
  /** The public client that signs people in for SSO tokens (Microsoft Teams' client id), with PKCE. */
  ssoClientId: string;
}

export interface Person {
  id: string;
  displayName: string;
  userPrincipalName: string;
  mail: string | null;
  directoryRoles: string[];
  /** Roles the person is eligible for in PIM but has not activated (they do not count until activated). */
  eligibleDirectoryRoles: string[];
  /** Conditional Access for Microsoft Graph: `required` (MFA), `registrationRequired`, or null. */
  mfa: string | null;
}

export interface ConfigurationInfo {
  displayName: string;
  servicePrincipalId: string;
  applicationId: string | undefined;
  jobId: string | undefined;
  targetTenantId: string | undefined;
}

export function describeTenants(state: SimulatorState): TenantConnection[] {
  return [...state.tenants.values()].map((t) => {
    const bot = [...t.authApps.values()].find((a) => a.secrets[0] === clientSecretFor(t.name, 'bot'))!;
    const limited = [...t.authApps.values()].find((a) => a.secrets[0] === clientSecretFor(t.name, 'limited'));
    const entry: TenantConnection = {
      role: t.role,
      tenantId: t.id,
      name: t.displayName.split(',')[0],
      domain: t.domain,
      clientId: bot.clientId,
      clientSecret: bot.secrets[0],
      appIdUri: bot.identifierUris?.[0] ?? `api://${bot.clientId}`,
      ssoClientId: TEAMS_CLIENT_ID,
    };
    if (limited) Object.assign(entry, { limitedClientId: limited.clientId, limitedClientSecret: limited.secrets[0] });
    return entry;
  });
}

export function describePeople(source: Tenant, ids: string[]): Person[] {
  const roleNames = new Map<string, string>(Object.values(ROLE_TEMPLATES).map((r) => [r.id, r.displayName]));
  return ids.map((id) => {
    const u = source.users.get(id)!;
    const roles = [...source.directoryRoles.values()]
      .filter((r) => r.members.has(id))
      .map((r) => roleNames.get(r.data.roleTemplateId) ?? r.data.displayName);
    return {
      id,
      displayName: u.data.displayName,
      userPrincipalName: u.data.userPrincipalName,
      mail: (u.data.mail as string | null) ?? null,
      directoryRoles: roles,
      eligibleDirectoryRoles: (u.meta.eligibleRoleTemplateIds ?? []).map((t) => roleNames.get(t) ?? t),
      mfa: u.meta.mfa ?? null,
    };
  });
}

export function describeConfigurations(source: Tenant): ConfigurationInfo[] {
  return [...source.servicePrincipals.values()]
    .filter((sp) => sp.data.applicationTemplateId === CTS_TEMPLATE_ID)
    .map((sp) => {
      const job = sp.synchronization ? [...sp.synchronization.jobs.values()][0] : undefined;
      return {
        displayName: sp.data.displayName,
        servicePrincipalId: sp.data.id,
        applicationId: sp.applicationObjectId,
        jobId: job?.id,
        targetTenantId: sp.synchronization?.secrets.find((s) => s.key === 'CompanyId')?.value,
      };
    });
}
