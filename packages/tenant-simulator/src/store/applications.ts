import { newGuid, stableGuid } from './ids';
import type { Tenant } from './tenant';
import type { ApplicationRecord, AuthApp, Json, ServicePrincipalRecord } from './types';

export const CTS_TEMPLATE_ID = '518e5f48-1fc8-4c48-9387-9fdf28b0dfe7';
const CTS_HOMEPAGE =
  'https://account.activedirectory.windowsazure.com:444/applications/default.aspx' +
  '?metadata=aad2aadsync|ISV9.1|primary|z';

/** Ids for a new configuration: deterministic when seeded (a seed key), random when created through Graph. */
export interface NewIds {
  applicationId: string;
  appId: string;
  servicePrincipalId: string;
  appRoleId: string;
}

export function idsFor(tenant: Tenant, seedKey?: string): NewIds {
  if (seedKey === undefined)
    return { applicationId: newGuid(), appId: newGuid(), servicePrincipalId: newGuid(), appRoleId: newGuid() };
  const g = (kind: string): string => stableGuid(tenant.name, 'config', seedKey, kind);
  return {
    applicationId: g('application'),
    appId: g('appId'),
    servicePrincipalId: g('servicePrincipal'),
    appRoleId: g('msiam_access'),
  };
}

function msiamAccess(appRoleId: string): Json {
  return {
    allowedMemberTypes: ['User'],
    description: 'msiam_access',
    displayName: 'msiam_access',
    id: appRoleId,
    isEnabled: true,
    origin: 'Application',
    value: null,
  };
}

/** applicationTemplates/{CTS}/instantiate: an application and its service principal with the msiam_access role. */
export function instantiateCtsApp(
  tenant: Tenant,
  displayName: string,
  ids: NewIds,
  createdDateTime: string,
  ownerAppId?: string,
): { application: ApplicationRecord; servicePrincipal: ServicePrincipalRecord } {
  const appRoles = [msiamAccess(ids.appRoleId)];
  const application: ApplicationRecord = {
    data: {
      id: ids.applicationId,
      deletedDateTime: null,
      appId: ids.appId,
      applicationTemplateId: CTS_TEMPLATE_ID,
      createdDateTime,
      displayName,
      description: null,
      groupMembershipClaims: null,
      identifierUris: [],
      isFallbackPublicClient: false,
      publisherDomain: tenant.defaultDomainName,
      serviceManagementReference: null,
      signInAudience: 'AzureADMyOrg',
      tags: [],
      appRoles,
      info: { logoUrl: null, marketingUrl: null, privacyStatementUrl: null, supportUrl: null, termsOfServiceUrl: null },
      keyCredentials: [],
      passwordCredentials: [],
      requiredResourceAccess: [],
      web: {
        homePageUrl: CTS_HOMEPAGE,
        redirectUris: [],
        logoutUrl: null,
        implicitGrantSettings: { enableAccessTokenIssuance: false, enableIdTokenIssuance: false },
      },
    },
  };
  const servicePrincipal: ServicePrincipalRecord = {
    data: {
      id: ids.servicePrincipalId,
      deletedDateTime: null,
      accountEnabled: true,
      alternativeNames: [],
      appDisplayName: displayName,
      appDescription: null,
      appId: ids.appId,
      applicationTemplateId: CTS_TEMPLATE_ID,
      appOwnerOrganizationId: tenant.id,
      appRoleAssignmentRequired: true,
      description: null,
      displayName,
      homepage: CTS_HOMEPAGE,
      loginUrl: null,
      logoutUrl: null,
      notes: null,
      preferredSingleSignOnMode: null,
      replyUrls: [],
      servicePrincipalNames: [ids.appId],
      servicePrincipalType: 'Application',
      signInAudience: 'AzureADMyOrg',
      tags: ['WindowsAzureActiveDirectoryIntegratedApp'],
      appRoles,
      keyCredentials: [],
      passwordCredentials: [],
    },
    applicationObjectId: ids.applicationId,
    ownerAppIds: new Set(ownerAppId ? [ownerAppId] : []),
    assignments: new Map(),
  };
  tenant.applications.set(application.data.id, application);
  tenant.servicePrincipals.set(servicePrincipal.data.id, servicePrincipal);
  return { application, servicePrincipal };
}

/** An app registration allowed to call Graph with application permissions (the bot's own app). */
export function registerAuthApp(
  tenant: Tenant,
  key: string,
  displayName: string,
  secret: string,
  roles: string[],
  certificates: string[] = [],
): AuthApp {
  const clientId = stableGuid(tenant.name, 'authApp', key, 'appId');
  const app: AuthApp = {
    clientId,
    displayName,
    secrets: [secret],
    certificates,
    roles,
    servicePrincipalId: stableGuid(tenant.name, 'authApp', key, 'sp'),
  };
  tenant.authApps.set(clientId, app);
  const common = {
    displayName,
    appId: clientId,
    createdDateTime: '2024-01-15T09:00:00Z',
    signInAudience: 'AzureADMyOrg',
    tags: [] as string[],
  };
  const applicationId = stableGuid(tenant.name, 'authApp', key, 'application');
  tenant.applications.set(applicationId, {
    data: { id: applicationId, deletedDateTime: null, applicationTemplateId: null, ...common },
  });
  tenant.servicePrincipals.set(app.servicePrincipalId, {
    data: {
      id: app.servicePrincipalId,
      deletedDateTime: null,
      accountEnabled: true,
      appDisplayName: displayName,
      applicationTemplateId: null,
      appOwnerOrganizationId: tenant.id,
      appRoleAssignmentRequired: false,
      servicePrincipalNames: [clientId],
      servicePrincipalType: 'Application',
      appRoles: [],
      ...common,
    },
    applicationObjectId: applicationId,
    ownerAppIds: new Set(),
    assignments: new Map(),
  });
  return app;
}

/** Microsoft Teams' desktop and mobile client: the public client that asks Entra for a bot's SSO token. */
export const TEAMS_CLIENT_ID = '1fec8e78-bce4-4aaf-ab1b-5451cc387264';

/**
 * Teams as a public client of the tenant (no secret; PKCE), so the sign-in page can issue SSO tokens to it. A
 * first-party app: it has no application object in the tenant and is not listed with the tenant's apps.
 */
export function registerTeamsClient(tenant: Tenant): AuthApp {
  const app: AuthApp = {
    clientId: TEAMS_CLIENT_ID,
    displayName: 'Microsoft Teams',
    secrets: [],
    certificates: [],
    roles: [],
    servicePrincipalId: stableGuid(tenant.name, 'authApp', 'teams', 'sp'),
    publicClient: true,
  };
  tenant.authApps.set(app.clientId, app);
  return app;
}
