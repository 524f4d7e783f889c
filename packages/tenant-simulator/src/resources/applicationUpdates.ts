import { ACTIVITY } from '../audit/activities';
import { recordAudit } from '../audit/record';
import { changes, servicePrincipalTarget, snapshot, target } from '../audit/targets';
import { notFound } from '../http/errors';
import { PERMS } from '../http/permissions';
import { bodyWithOnly } from '../http/request';
import type { Route } from '../http/types';
import { findServicePrincipal, ownsApplication, ownsServicePrincipal } from './applications';

/** What "Update servicePrincipal" documents as writable (learn.microsoft.com/graph/api/serviceprincipal-update). */
const SERVICE_PRINCIPAL_SETTABLE = new Set([
  'accountEnabled',
  'addIns',
  'alternativeNames',
  'appRoleAssignmentRequired',
  'appRoles',
  'customSecurityAttributes',
  'description',
  'displayName',
  'homepage',
  'keyCredentials',
  'loginUrl',
  'logoutUrl',
  'notes',
  'notificationEmailAddresses',
  'oauth2PermissionScopes',
  'preferredSingleSignOnMode',
  'preferredTokenSigningKeyThumbprint',
  'replyUrls',
  'samlSingleSignOnSettings',
  'servicePrincipalNames',
  'tags',
]);

/** The properties "Update application" documents as writable (learn.microsoft.com/graph/api/application-update). */
const APPLICATION_SETTABLE = new Set([
  'api',
  'appRoles',
  'description',
  'disabledByMicrosoftStatus',
  'displayName',
  'groupMembershipClaims',
  'identifierUris',
  'info',
  'isFallbackPublicClient',
  'keyCredentials',
  'notes',
  'optionalClaims',
  'parentalControlSettings',
  'publicClient',
  'requiredResourceAccess',
  'samlMetadataUrl',
  'serviceManagementReference',
  'signInAudience',
  'spa',
  'tags',
  'tokenEncryptionKeyId',
  'web',
]);

const written = (body: Record<string, unknown>): string[] => Object.keys(body).filter((k) => !k.startsWith('@odata'));

/** PATCH of a service principal or an application: the properties sent replace the stored ones; audited. */
export const applicationUpdateRoutes: Route[] = [
  ...['/servicePrincipals/{id}', "/servicePrincipals(appId='{appId}')"].map((template): Route => ({
    method: 'PATCH',
    template,
    perms: PERMS.appDelete,
    owned: ownsServicePrincipal,
    handler: (ctx) => {
      const sp = findServicePrincipal(ctx);
      const body = bodyWithOnly(ctx.req.body, SERVICE_PRINCIPAL_SETTABLE, 'servicePrincipal');
      const before = snapshot(sp.data);
      const keys = written(body);
      for (const k of keys) sp.data[k] = body[k];
      recordAudit(ctx, ACTIVITY.updateServicePrincipal, [servicePrincipalTarget(sp, changes(before, sp.data, keys))]);
      return { status: 204 };
    },
  })),
  {
    method: 'PATCH',
    template: '/applications/{id}',
    perms: PERMS.appDelete,
    owned: ownsApplication,
    handler: (ctx) => {
      const app = ctx.tenant.applications.get(ctx.params.id.toLowerCase());
      if (!app) throw notFound(ctx.params.id);
      const body = bodyWithOnly(ctx.req.body, APPLICATION_SETTABLE, 'application');
      const before = snapshot(app.data);
      const keys = written(body);
      for (const k of keys) app.data[k] = body[k];
      const modified = changes(before, app.data, keys);
      recordAudit(ctx, ACTIVITY.updateApplication, [
        target('Application', app.data.id, app.data.displayName, modified),
      ]);
      return { status: 204 };
    },
  },
];
