import { notFound } from '../http/errors';
import { PERMS } from '../http/permissions';
import type { Ctx, Route } from '../http/types';
import { contextUrl, parseSelect, project, queryCollection } from '../odata/query';
import type { Tenant } from '../store/tenant';
import type { GroupRecord, Json } from '../store/types';
import { USER_DEFAULT_SELECT } from '../store/users';
import { directoryObjectView } from './users';

const GROUP_FILTERABLE = [
  'id',
  'displayname',
  'mail',
  'mailnickname',
  'mailenabled',
  'securityenabled',
  'grouptypes',
  'description',
  'createddatetime',
  'visibility',
];
const MEMBER_FILTERABLE = [
  'id',
  'displayname',
  'userprincipalname',
  'mail',
  'usertype',
  'accountenabled',
  'department',
  'jobtitle',
  'securityenabled',
  'mailenabled',
];

export function findGroup(tenant: Tenant, id: string): GroupRecord {
  const g = tenant.groups.get(id) ?? tenant.groups.get(id.toLowerCase());
  if (!g) throw notFound(id);
  return g;
}

/** Members as Graph lists them: users show their default properties, every item its @odata.type. */
export function memberView(tenant: Tenant, id: string): Json | undefined {
  const v = directoryObjectView(tenant, id);
  if (!v) return undefined;
  return v['@odata.type'] === '#microsoft.graph.user' ? project(v, USER_DEFAULT_SELECT) : v;
}

/** Direct members, or every member reached through nested groups (transitiveMembers). */
export function membersOf(tenant: Tenant, groupId: string, transitive: boolean): string[] {
  const out: string[] = [];
  const seen = new Set<string>([groupId]);
  const queue = [groupId];
  while (queue.length > 0) {
    const g = tenant.groups.get(queue.shift()!);
    if (!g) continue;
    for (const m of g.members) {
      if (seen.has(m)) continue;
      seen.add(m);
      out.push(m);
      if (transitive && tenant.groups.has(m)) queue.push(m);
    }
  }
  return out;
}

function memberList(transitive: boolean) {
  return (ctx: Ctx) => {
    const group = findGroup(ctx.tenant, ctx.params.id);
    const ids = membersOf(ctx.tenant, group.data.id, transitive).filter(
      (id) => directoryObjectView(ctx.tenant, id) !== undefined,
    );
    return queryCollection<string>(ctx, {
      resource: 'DirectoryObject',
      context: 'directoryObjects',
      source: () => ids,
      view: (id) => memberView(ctx.tenant, id)!,
      directory: true,
      filterable: MEMBER_FILTERABLE,
      search: { tokenized: ['displayName'], fallback: ['displayName', 'userPrincipalName', 'mail'] },
      defaultTop: 100,
      maxTop: 999,
    });
  };
}

export const groupRoutes: Route[] = [
  {
    method: 'GET',
    template: '/groups',
    perms: PERMS.groupRead,
    handler: (ctx) =>
      queryCollection<GroupRecord>(ctx, {
        resource: 'Group',
        context: 'groups',
        source: () => ctx.tenant.groups.values(),
        view: (g) => g.data,
        directory: true,
        filterable: GROUP_FILTERABLE,
        orderable: ['displayname'],
        search: { tokenized: ['displayName', 'description'], fallback: ['displayName', 'description', 'mail'] },
        defaultTop: 100,
        maxTop: 999,
      }),
  },
  {
    method: 'GET',
    template: '/groups/{id}',
    perms: PERMS.groupRead,
    handler: (ctx) => {
      const g = findGroup(ctx.tenant, ctx.params.id);
      const select = parseSelect(ctx);
      return {
        status: 200,
        body: { '@odata.context': contextUrl(ctx, 'groups', select) + '/$entity', ...project(g.data, select) },
      };
    },
  },
  { method: 'GET', template: '/groups/{id}/members', perms: PERMS.groupRead, handler: memberList(false) },
  { method: 'GET', template: '/groups/{id}/transitiveMembers', perms: PERMS.groupRead, handler: memberList(true) },
];
