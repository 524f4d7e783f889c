import { notFound } from '../http/errors';
import { PERMS } from '../http/permissions';
import type { Ctx, Route } from '../http/types';
import { planUserQuery } from '../odata/indexPlan';
import type { SearchFields } from '../odata/searchPlan';
import { checkSelect, contextUrl, parseSelect, project, queryCollection } from '../odata/query';
import type { Tenant } from '../store/tenant';
import type { Json, UserRecord } from '../store/types';
import { limitedView } from '../strict/limitedInformation';
import { USER_DEFAULT_SELECT, USER_FILTERABLE, USER_PROPERTIES, userView } from '../store/users';

export function findUser(tenant: Tenant, idOrUpn: string): UserRecord {
  const user = tenant.users.find(idOrUpn);
  if (!user || user.meta.softDeleted) throw notFound(idOrUpn);
  return user;
}

function* liveUsers(tenant: Tenant, ids: Iterable<string> | undefined): Iterable<UserRecord> {
  if (ids === undefined) {
    for (const u of tenant.users.all()) if (!u.meta.softDeleted) yield u;
    return;
  }
  for (const id of ids) {
    const u = tenant.users.get(id);
    if (u && !u.meta.softDeleted) yield u;
  }
}

/** displayName is tokenized; a clause without a property looks at these four. */
export const USER_SEARCH: SearchFields = {
  tokenized: ['displayName'],
  fallback: ['displayName', 'userPrincipalName', 'mail', 'mailNickname'],
};

function listUsers(ctx: Ctx) {
  return queryCollection<UserRecord>(ctx, {
    resource: 'User',
    context: 'users',
    source: (filter, _order, search) =>
      liveUsers(ctx.tenant, planUserQuery(filter, search, USER_SEARCH, ctx.tenant.users)),
    view: userView,
    directory: true,
    filterable: USER_FILTERABLE,
    orderable: ['displayname', 'userprincipalname', 'createddatetime', 'mail', 'givenname', 'surname'],
    search: USER_SEARCH,
    defaultSelect: USER_DEFAULT_SELECT,
    properties: { names: USER_PROPERTIES, type: 'microsoft.graph.user' },
    defaultTop: 100,
    maxTop: 999,
  });
}

/** Groups and roles as memberOf shows them: each with its @odata.type. */
export function directoryObjectView(tenant: Tenant, id: string): Json | undefined {
  const g = tenant.groups.get(id);
  if (g) return { '@odata.type': '#microsoft.graph.group', ...g.data };
  const r = tenant.directoryRoles.get(id);
  if (r) return { '@odata.type': '#microsoft.graph.directoryRole', ...r.data };
  const u = tenant.users.get(id);
  if (u && !u.meta.softDeleted) return { '@odata.type': '#microsoft.graph.user', ...u.data };
  return undefined;
}

/** Direct (memberOf) or transitive (transitiveMemberOf) containers of an object. */
export function containersOf(tenant: Tenant, objectId: string, transitive: boolean): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const queue = [objectId];
  while (queue.length > 0) {
    const cur = queue.shift()!;
    for (const c of tenant.directMemberships(cur)) {
      const id = c.data.id;
      if (seen.has(id)) continue;
      seen.add(id);
      out.push(id);
      if (transitive) queue.push(id);
    }
  }
  return out;
}

function membershipList(transitive: boolean, cast?: 'group' | 'directoryRole') {
  return (ctx: Ctx) => {
    const user = findUser(ctx.tenant, ctx.params.id);
    const ids = containersOf(ctx.tenant, user.data.id, transitive).filter((id) =>
      cast === 'group'
        ? ctx.tenant.groups.has(id)
        : cast === 'directoryRole'
          ? ctx.tenant.directoryRoles.has(id)
          : true,
    );
    return queryCollection<string>(ctx, {
      resource: 'DirectoryObject',
      context: cast ? `${cast}s` : 'directoryObjects',
      source: () => ids,
      view: (id) => limitedView(directoryObjectView(ctx.tenant, id)!, ctx.scopes ?? ctx.app.roles),
      directory: true,
      filterable: ['id', 'displayname', 'securityenabled', 'mailenabled', 'roletemplateid', 'grouptypes'],
      search: { tokenized: ['displayName'], fallback: ['displayName'] },
      defaultTop: 100,
      maxTop: 999,
    });
  };
}

export const userRoutes: Route[] = [
  { method: 'GET', template: '/users', perms: PERMS.userRead, handler: listUsers },
  {
    method: 'GET',
    template: '/users/{id}',
    perms: PERMS.userRead,
    handler: (ctx) => {
      const user = findUser(ctx.tenant, ctx.params.id);
      const select = parseSelect(ctx);
      if (select) checkSelect(select, { names: USER_PROPERTIES, type: 'microsoft.graph.user' });
      return {
        status: 200,
        body: {
          '@odata.context': contextUrl(ctx, 'users', select) + '/$entity',
          ...project(user.data, select ?? USER_DEFAULT_SELECT),
        },
      };
    },
  },
  { method: 'GET', template: '/users/{id}/memberOf', perms: PERMS.memberOfRead, handler: membershipList(false) },
  {
    method: 'GET',
    template: '/users/{id}/transitiveMemberOf',
    perms: PERMS.memberOfRead,
    handler: membershipList(true),
  },
  {
    method: 'GET',
    template: '/users/{id}/memberOf/microsoft.graph.group',
    perms: PERMS.memberOfRead,
    handler: membershipList(false, 'group'),
  },
  {
    method: 'GET',
    template: '/users/{id}/transitiveMemberOf/microsoft.graph.group',
    perms: PERMS.memberOfRead,
    handler: membershipList(true, 'group'),
  },
  {
    method: 'GET',
    template: '/users/{id}/memberOf/microsoft.graph.directoryRole',
    perms: PERMS.memberOfRead,
    handler: membershipList(false, 'directoryRole'),
  },
  {
    method: 'GET',
    template: '/users/{id}/transitiveMemberOf/microsoft.graph.directoryRole',
    perms: PERMS.memberOfRead,
    handler: membershipList(true, 'directoryRole'),
  },
];
