import { ACTIVITY } from '../audit/activities';
import { recordAudit } from '../audit/record';
import { changed, servicePrincipalTarget, target } from '../audit/targets';
import { badRequest, notFound } from '../http/errors';
import { PERMS } from '../http/permissions';
import type { Ctx, Route } from '../http/types';
import { contextUrl, parseSelect, project, queryCollection } from '../odata/query';
import { CTS_TEMPLATE_ID, idsFor, instantiateCtsApp } from '../store/applications';
import { notYetVisible, replicatedAt } from '../strict/replication';
import type { ApplicationRecord, ServicePrincipalRecord } from '../store/types';

const SP_FILTERABLE = [
  'id',
  'appid',
  'displayname',
  'applicationtemplateid',
  'serviceprincipaltype',
  'accountenabled',
  'tags',
  'serviceprincipalnames',
  'appownerorganizationid',
];

/** By object id, or by appId for the servicePrincipals(appId='...') form. */
export function findServicePrincipal(ctx: Ctx): ServicePrincipalRecord {
  const { id, appId } = ctx.params;
  const sp =
    appId !== undefined
      ? ctx.tenant.servicePrincipalByAppId(appId.replace(/''/g, "'"))
      : ctx.tenant.servicePrincipals.get(id.toLowerCase());
  if (!sp || notYetVisible(sp)) throw notFound(appId ?? id);
  return sp;
}

export const ownsServicePrincipal = (ctx: Ctx): boolean => {
  try {
    return findServicePrincipal(ctx).ownerAppIds.has(ctx.app.clientId);
  } catch {
    return true; // let the handler answer 404
  }
};

/** Application.ReadWrite.OwnedBy: the caller instantiated the application's service principal. */
export const ownsApplication = (ctx: Ctx): boolean => {
  const app = ctx.tenant.applications.get(ctx.params.id.toLowerCase());
  const sp = app ? ctx.tenant.servicePrincipalByAppId(app.data.appId) : undefined;
  return !app || !!sp?.ownerAppIds.has(ctx.app.clientId);
};

function findApplication(ctx: Ctx): ApplicationRecord {
  const app = ctx.tenant.applications.get(ctx.params.id.toLowerCase());
  if (!app) throw notFound(ctx.params.id);
  return app;
}

function deleteServicePrincipal(ctx: Ctx) {
  const sp = findServicePrincipal(ctx);
  ctx.tenant.servicePrincipals.delete(sp.data.id);
  recordAudit(ctx, ACTIVITY.removeServicePrincipal, [servicePrincipalTarget(sp)]);
  return { status: 204 };
}

const spPaths = ['/servicePrincipals/{id}', "/servicePrincipals(appId='{appId}')"];

export const applicationRoutes: Route[] = [
  {
    method: 'POST',
    template: '/applicationTemplates/{templateId}/instantiate',
    perms: PERMS.instantiate,
    handler: (ctx) => {
      if (ctx.params.templateId.toLowerCase() !== CTS_TEMPLATE_ID) throw notFound(ctx.params.templateId);
      const body = (ctx.req.body ?? {}) as { displayName?: unknown };
      if (typeof body.displayName !== 'string' || body.displayName.trim() === '') {
        throw badRequest("Invalid value specified for property 'displayName' of resource 'Application'.");
      }
      const created = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
      const { application, servicePrincipal } = instantiateCtsApp(
        ctx.tenant,
        body.displayName,
        idsFor(ctx.tenant),
        created,
        ctx.app.clientId,
      );
      servicePrincipal.visibleAfter = replicatedAt(ctx.strict.replicationDelayMs);
      const { data: app } = application;
      recordAudit(ctx, ACTIVITY.addApplication, [
        target('Application', app.id, app.displayName, [
          changed('AppId', null, app.appId),
          changed('DisplayName', null, app.displayName),
          changed('ApplicationTemplateId', null, CTS_TEMPLATE_ID),
        ]),
      ]);
      recordAudit(ctx, ACTIVITY.addServicePrincipal, [
        servicePrincipalTarget(servicePrincipal, [
          changed('AppId', null, servicePrincipal.data.appId),
          changed('DisplayName', null, servicePrincipal.data.displayName),
        ]),
      ]);
      return {
        status: 201,
        body: {
          '@odata.context': `${ctx.baseUrl}/$metadata#microsoft.graph.applicationServicePrincipal`,
          application: { ...application.data },
          servicePrincipal: { ...servicePrincipal.data },
        },
      };
    },
  },
  {
    method: 'GET',
    template: '/servicePrincipals',
    perms: PERMS.appRead,
    handler: (ctx) =>
      queryCollection<ServicePrincipalRecord>(ctx, {
        resource: 'ServicePrincipal',
        context: 'servicePrincipals',
        source: () => [...ctx.tenant.servicePrincipals.values()].filter((sp) => !notYetVisible(sp)),
        view: (sp) => sp.data,
        directory: true,
        filterable: SP_FILTERABLE,
        orderable: ['displayname'],
        search: { tokenized: ['displayName', 'description'], fallback: ['displayName'] },
        defaultTop: 100,
        maxTop: 999,
      }),
  },
  ...spPaths.map((template): Route => ({
    method: 'GET',
    template,
    perms: PERMS.appRead,
    handler: (ctx) => {
      const sp = findServicePrincipal(ctx);
      const select = parseSelect(ctx);
      return {
        status: 200,
        body: {
          '@odata.context': `${contextUrl(ctx, 'servicePrincipals', select)}/$entity`,
          ...project(sp.data, select),
        },
      };
    },
  })),
  ...spPaths.map((template): Route => ({
    method: 'DELETE',
    template,
    perms: PERMS.appDelete,
    owned: ownsServicePrincipal,
    handler: deleteServicePrincipal,
  })),
  {
    method: 'GET',
    template: '/applications',
    perms: PERMS.appRead,
    handler: (ctx) =>
      queryCollection<ApplicationRecord>(ctx, {
        resource: 'Application',
        context: 'applications',
        source: () => ctx.tenant.applications.values(),
        view: (a) => a.data,
        directory: true,
        filterable: ['id', 'appid', 'displayname', 'applicationtemplateid', 'signinaudience'],
        defaultTop: 100,
        maxTop: 999,
      }),
  },
  {
    method: 'GET',
    template: '/applications/{id}',
    perms: PERMS.appRead,
    handler: (ctx) => {
      const app = findApplication(ctx);
      const select = parseSelect(ctx);
      return {
        status: 200,
        body: { '@odata.context': `${contextUrl(ctx, 'applications', select)}/$entity`, ...project(app.data, select) },
      };
    },
  },
  {
    method: 'DELETE',
    template: '/applications/{id}',
    perms: PERMS.appDelete,
    owned: ownsApplication,
    handler: (ctx) => {
      const app = findApplication(ctx);
      ctx.tenant.applications.delete(app.data.id);
      // Deleting an application also removes its service principal in the home tenant.
      recordAudit(ctx, ACTIVITY.deleteApplication, [target('Application', app.data.id, app.data.displayName)]);
      for (const sp of [...ctx.tenant.servicePrincipals.values()]) {
        if (sp.data.appId !== app.data.appId) continue;
        ctx.tenant.servicePrincipals.delete(sp.data.id);
        recordAudit(ctx, ACTIVITY.removeServicePrincipal, [servicePrincipalTarget(sp)]);
      }
      return { status: 204 };
    },
  },
];
