import { registerAuthApp, registerTeamsClient } from '../store/applications';
import { SimulatorState } from '../store/tenant';
import type { Tenant } from '../store/tenant';
import { seedContosoDirectory } from './contoso';
import { seedConfiguration } from './configurations';
import { ROLE_TEMPLATES, userIdByAlias } from './directory';
import { addGeneratedUsers } from './large';
import { CONTOSO_PEOPLE } from './people';
import { seedContosoPartners, seedFabrikam, seedNorthwind, seedTailspin, seedWoodgrove } from './targets';
import { clientSecretFor, makeTenant, TENANTS } from './tenants';

/** Application permissions the bot's app registration holds in every tenant. */
export const BOT_ROLES = [
  'User.Read.All',
  'GroupMember.Read.All',
  'Group.Read.All',
  'Directory.Read.All',
  'RoleManagement.Read.Directory',
  'Policy.Read.All',
  'Policy.ReadWrite.CrossTenantAccess',
  'CrossTenantInformation.ReadBasic.All',
  'Application.ReadWrite.All',
  'Synchronization.ReadWrite.All',
  'AppRoleAssignment.ReadWrite.All',
  'AuditLog.Read.All',
];
/** Delegated permissions an administrator consented to for the bot's SSO app (what on-behalf-of tokens carry). */
export const BOT_DELEGATED_SCOPES = [
  'User.Read',
  'Synchronization.ReadWrite.All',
  'Application.ReadWrite.All',
  'AppRoleAssignment.ReadWrite.All',
  'Policy.Read.All',
  'Policy.ReadWrite.CrossTenantAccess',
  'CrossTenantInformation.ReadBasic.All',
];
/** The "limited" app: can read users and logs but has no Synchronization or Application permission (403 tests). */
export const LIMITED_ROLES = [
  'User.Read.All',
  'GroupMember.Read.All',
  'Policy.Read.All',
  'CrossTenantInformation.ReadBasic.All',
  'AuditLog.Read.All',
  'Directory.Read.All',
];

export interface SeedOptions {
  /** Total users in the source tenant (at least the named ones). */
  users?: number;
  /** PEM certificate registered on each bot app for client-assertion sign-in. */
  clientCertificatePem?: string;
  now?: number;
}

export interface SeedResult {
  state: SimulatorState;
  source: Tenant;
  targets: Tenant[];
  featured: string[];
  /** Users the seeded past run of Contoso A evaluated (in scope at that time). */
  pastRunUsers: string[];
}

/** The whole simulated world, the same on every start. */
export function seedWorld(options: SeedOptions = {}): SeedResult {
  const now = options.now ?? Date.now();
  const state = new SimulatorState();
  const contoso = state.add(makeTenant(TENANTS.contoso));
  const fabrikam = state.add(makeTenant(TENANTS.fabrikam));
  const northwind = state.add(makeTenant(TENANTS.northwind));
  const tailspin = state.add(makeTenant(TENANTS.tailspin));
  const woodgrove = state.add(makeTenant(TENANTS.woodgrove));
  seedTailspin(tailspin, contoso);
  seedContosoDirectory(contoso, tailspin);
  seedFabrikam(fabrikam, contoso);
  seedNorthwind(northwind, contoso);
  seedWoodgrove(woodgrove, contoso);
  seedContosoPartners(contoso, [fabrikam, northwind]);
  const certs = options.clientCertificatePem ? [options.clientCertificatePem] : [];
  for (const t of state.tenants.values()) {
    const bot = registerAuthApp(t, 'bot', 'Cross-Tenant Sync Bot', clientSecretFor(t.name, 'bot'), BOT_ROLES, certs);
    // The bot's Teams SSO registration: the API Teams asks tokens for, and the consented delegated permissions.
    bot.identifierUris = [`api://botid-${bot.clientId}`];
    bot.delegatedScopes = [...BOT_DELEGATED_SCOPES];
    registerTeamsClient(t);
  }
  registerAuthApp(
    contoso,
    'limited',
    'Cross-Tenant Sync Bot (limited)',
    clientSecretFor(contoso.name, 'limited'),
    LIMITED_ROLES,
  );

  const id = (alias: string): string => userIdByAlias(contoso, alias);
  seedConfiguration(
    contoso,
    {
      key: 'contoso-a',
      displayName: 'Contoso A',
      target: fabrikam,
      assign: [id('AdeleV'), id('LeeG'), id('DiegoS')],
      state: 'active',
      createdDateTime: '2024-05-20T08:30:00Z',
      deleteThreshold: 500,
    },
    now,
  );
  seedConfiguration(
    contoso,
    {
      key: 'contoso-b',
      displayName: 'Contoso B',
      target: northwind,
      assign: [id('NestorW'), id('IrvinS')],
      state: 'started',
      createdDateTime: '2024-05-21T09:10:00Z',
    },
    now,
  );

  if (options.users && options.users > contoso.users.size) addGeneratedUsers(contoso, options.users);
  const featured = CONTOSO_PEOPLE.filter((p) => p.featured).map((p) => id(p.alias));
  return {
    state,
    source: contoso,
    targets: [fabrikam, northwind, tailspin, woodgrove],
    featured,
    pastRunUsers: [id('LeeG')],
  };
}

export { ROLE_TEMPLATES };
