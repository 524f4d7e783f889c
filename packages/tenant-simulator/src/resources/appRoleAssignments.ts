import { assignmentAudit } from '../audit/assignmentTargets';
import { recordAudit } from '../audit/record';
import { badRequest, notFound } from '../http/errors';
import { PERMS } from '../http/permissions';
import type { Ctx, Route } from '../http/types';
import { queryCollection } from '../odata/query';
import { assign } from '../store/assignments';
import type { Json, ServicePrincipalRecord } from '../store/types';
import { findServicePrincipal } from './applications';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DEFAULT_ROLE = '00000000-0000-0000-0000-000000000000';

/** An assignment change puts the user (or the group's direct members) on the next incremental cycle. */
function markDirty(ctx: Ctx, sp: ServicePrincipalRecord, principalId: string): void {
  const ids = ctx.tenant.groups.get(principalId)?.members ?? new Set([principalId]);
  for (const job of sp.synchronization?.jobs.values() ?? []) ids.forEach((id) => job.engine.dirty.add(id));
}

function context(ctx: Ctx, spId: string): string {
  return `${ctx.baseUrl}/$metadata#servicePrincipals('${spId}')/appRoleAssignedTo`;
}

/** POST .../appRoleAssignedTo: assigns a user or group (scope of a CTS configuration). */
function create(ctx: Ctx) {
  const sp = findServicePrincipal(ctx);
  const body = (ctx.req.body ?? {}) as { principalId?: unknown; resourceId?: unknown; appRoleId?: unknown };
  const principalId = String(body.principalId ?? '').toLowerCase();
  const resourceId = String(body.resourceId ?? '').toLowerCase();
  const appRoleId = String(body.appRoleId ?? '').toLowerCase();
  if (!GUID.test(principalId))
    throw badRequest("Invalid value specified for property 'principalId' of resource 'AppRoleAssignment'.");
  if (!GUID.test(resourceId))
    throw badRequest("Invalid value specified for property 'resourceId' of resource 'AppRoleAssignment'.");
  if (resourceId !== sp.data.id)
    throw badRequest("The value of 'resourceId' must match the service principal in the request URL.");
  const roles = (sp.data.appRoles as { id: string }[]).map((r) => r.id);
  if (appRoleId !== DEFAULT_ROLE && !roles.includes(appRoleId)) {
    throw badRequest(`Permission being assigned was not found on application '${sp.data.appId}'.`);
  }
  const isUser = !!ctx.tenant.users.get(principalId) && !ctx.tenant.users.get(principalId)!.meta.softDeleted;
  if (!isUser && !ctx.tenant.groups.has(principalId)) throw notFound(principalId);
  for (const a of sp.assignments.values()) {
    if (a.principalId === principalId && a.appRoleId === appRoleId)
      throw badRequest('Permission being assigned already exists on the object');
  }
  const entry = assign(ctx.tenant, sp, principalId, new Date().toISOString(), undefined);
  markDirty(ctx, sp, principalId);
  entry.appRoleId = appRoleId;
  const { activity, targets } = assignmentAudit(ctx.tenant, sp, entry, true);
  recordAudit(ctx, activity, targets);
  return { status: 201, body: { '@odata.context': `${context(ctx, sp.data.id)}/$entity`, ...entry } };
}

const paths = ['/servicePrincipals/{id}/appRoleAssignedTo', "/servicePrincipals(appId='{appId}')/appRoleAssignedTo"];

export const appRoleAssignmentRoutes: Route[] = [
  ...paths.map((template): Route => ({
    method: 'GET',
    template,
    perms: PERMS.assignmentRead,
    handler: (ctx) => {
      const sp = findServicePrincipal(ctx);
      return queryCollection<Json>(ctx, {
        resource: 'AppRoleAssignment',
        context: `servicePrincipals('${sp.data.id}')/appRoleAssignedTo`,
        source: () => sp.assignments.values(),
        view: (a) => a,
        directory: true,
        filterable: ['principalid', 'principaltype', 'approleid', 'principaldisplayname', 'id'],
        defaultTop: 100,
        maxTop: 999,
      });
    },
  })),
  ...paths.map((template): Route => ({ method: 'POST', template, perms: PERMS.assignmentCreate, handler: create })),
  ...paths.map((template): Route => ({
    method: 'DELETE',
    template: `${template}/{assignmentId}`,
    perms: PERMS.assignmentDelete,
    handler: (ctx) => {
      const sp = findServicePrincipal(ctx);
      const entry = sp.assignments.get(ctx.params.assignmentId);
      if (!entry || !sp.assignments.delete(ctx.params.assignmentId)) throw notFound(ctx.params.assignmentId);
      markDirty(ctx, sp, entry.principalId);
      const { activity, targets } = assignmentAudit(ctx.tenant, sp, entry, false);
      recordAudit(ctx, activity, targets);
      return { status: 204 };
    },
  })),
];
