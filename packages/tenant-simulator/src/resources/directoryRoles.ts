import { notFound } from '../http/errors';
import { PERMS } from '../http/permissions';
import type { Ctx, Route } from '../http/types';
import { contextUrl, parseSelect, project, queryCollection } from '../odata/query';
import type { DirectoryRoleRecord } from '../store/types';
import { memberView } from './groups';

function findRole(ctx: Ctx): DirectoryRoleRecord {
  const key = ctx.params.id ?? '';
  const byTemplate = ctx.params.roleTemplateId;
  for (const r of ctx.tenant.directoryRoles.values()) {
    if (byTemplate !== undefined ? r.data.roleTemplateId === byTemplate.toLowerCase() : r.data.id === key.toLowerCase())
      return r;
  }
  throw notFound(byTemplate ?? key);
}

function getRole(ctx: Ctx) {
  const r = findRole(ctx);
  const select = parseSelect(ctx);
  return {
    status: 200,
    body: { '@odata.context': contextUrl(ctx, 'directoryRoles', select) + '/$entity', ...project(r.data, select) },
  };
}

function roleMembers(ctx: Ctx) {
  const r = findRole(ctx);
  const ids = [...r.members].filter((id) => memberView(ctx.tenant, id) !== undefined);
  return queryCollection<string>(ctx, {
    resource: 'DirectoryObject',
    context: 'directoryObjects',
    source: () => ids,
    view: (id) => memberView(ctx.tenant, id)!,
    directory: true,
    filterable: ['id', 'displayname', 'userprincipalname'],
    defaultTop: 100,
    maxTop: 999,
  });
}

export const directoryRoleRoutes: Route[] = [
  {
    method: 'GET',
    template: '/directoryRoles',
    perms: PERMS.roleRead,
    handler: (ctx) =>
      queryCollection<DirectoryRoleRecord>(ctx, {
        resource: 'DirectoryRole',
        context: 'directoryRoles',
        source: () => ctx.tenant.directoryRoles.values(),
        view: (r) => r.data,
        directory: true,
        filterable: ['id', 'displayname', 'roletemplateid'],
        defaultTop: 100,
        maxTop: 999,
      }),
  },
  { method: 'GET', template: '/directoryRoles/{id}', perms: PERMS.roleRead, handler: getRole },
  {
    method: 'GET',
    template: "/directoryRoles(roleTemplateId='{roleTemplateId}')",
    perms: PERMS.roleRead,
    handler: getRole,
  },
  { method: 'GET', template: '/directoryRoles/{id}/members', perms: PERMS.roleRead, handler: roleMembers },
  {
    method: 'GET',
    template: "/directoryRoles(roleTemplateId='{roleTemplateId}')/members",
    perms: PERMS.roleRead,
    handler: roleMembers,
  },
];
