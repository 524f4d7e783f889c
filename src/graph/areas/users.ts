import type { DirectoryGroup, DirectoryMembership, DirectoryUser } from '../../domain';
import type { GraphGateway } from '../gateway';
import type { GraphHttp } from '../http/graphHttp';
import { GROUP_FIELDS, toDirectoryGroup, toDirectoryUser, toMembership, USER_FIELDS } from '../mapping/directoryMapper';
import { checkedCursor } from '../odata/cursor';
import { quoted, searchClause } from '../odata/literals';
import { segment, withQuery } from '../odata/query';
import type { WireDirectoryObject, WireGroup, WireUser } from '../wire/directory';

/** Longer text names nobody; refusing it keeps hostile input out of Graph queries. */
const MAX_QUERY_LENGTH = 256;
/** Most prefixes one findUsersStartingWithAny asks for (each is two $search clauses). */
const MAX_PREFIXES = 10;
const EVENTUAL = { ConsistencyLevel: 'eventual' };

type DirectoryArea = Pick<
  GraphGateway,
  | 'findUsers'
  | 'findUsersStartingWithAny'
  | 'getUser'
  | 'findGroups'
  | 'getGroup'
  | 'listGroupMembers'
  | 'listUserMemberships'
>;

export function directoryArea(http: GraphHttp): DirectoryArea {
  /** An exact or prefix $filter first; a tokenized $search only when that finds nothing (e.g. a last name). */
  async function lookup<T>(
    collection: string,
    filter: string,
    text: string,
    select: readonly string[],
    top: number,
  ): Promise<T[]> {
    const filtered = await http.page<T>(withQuery(collection, { filter, select, top }));
    if (filtered.items.length > 0 || text.includes('@')) return filtered.items;
    const searched = await http.page<T>(
      withQuery(collection, { search: searchClause('displayName', text), select, top, count: true }),
      EVENTUAL,
    );
    return searched.items;
  }

  return {
    async findUsers(text, options) {
      const value = text.trim();
      if (value.length === 0 || value.length > MAX_QUERY_LENGTH) return [];
      const q = quoted(value);
      const filter = value.includes('@')
        ? `userPrincipalName eq ${q} or mail eq ${q}`
        : `displayName eq ${q} or mailNickname eq ${q} or startswith(displayName,${q}) or ` +
          `startswith(userPrincipalName,${q})`;
      const users = await lookup<WireUser>('/users', filter, value, USER_FIELDS, clampTop(options?.top));
      return users.map(toDirectoryUser);
    },
    async findUsersStartingWithAny(prefixes, options) {
      const distinct = new Map(
        prefixes
          .map((p) => p.trim())
          .filter((p) => p.length > 0 && p.length <= MAX_QUERY_LENGTH)
          .map((p) => [p.toLowerCase(), p]),
      );
      if (distinct.size === 0) return [];
      // displayName is tokenized (a prefix of any word matches); userPrincipalName behaves as startsWith.
      const clauses = [...distinct.values()]
        .slice(0, MAX_PREFIXES)
        .flatMap((p) => [searchClause('displayName', p), searchClause('userPrincipalName', p)]);
      const found = await http.page<WireUser>(
        withQuery('/users', {
          search: clauses.join(' OR '),
          select: USER_FIELDS,
          top: clampTop(options?.top),
          count: true,
        }),
        EVENTUAL,
      );
      return found.items.map(toDirectoryUser);
    },
    async getUser(idOrUpn) {
      if (idOrUpn.trim().length === 0 || idOrUpn.length > MAX_QUERY_LENGTH) return undefined;
      const user = await http.find<WireUser>(withQuery(`/users/${segment(idOrUpn)}`, { select: USER_FIELDS }));
      return user ? toDirectoryUser(user) : undefined;
    },
    async findGroups(text, options) {
      const value = text.trim();
      if (value.length === 0 || value.length > MAX_QUERY_LENGTH) return [];
      const q = quoted(value);
      const filter = `displayName eq ${q} or mailNickname eq ${q} or startswith(displayName,${q})`;
      const groups = await lookup<WireGroup>('/groups', filter, value, GROUP_FIELDS, clampTop(options?.top));
      return groups.map(toDirectoryGroup);
    },
    async getGroup(id): Promise<DirectoryGroup | undefined> {
      const group = await http.find<WireGroup>(withQuery(`/groups/${segment(id)}`, { select: GROUP_FIELDS }));
      return group ? toDirectoryGroup(group) : undefined;
    },
    async listGroupMembers(groupId, cursor) {
      const first = `/groups/${segment(groupId)}/members`;
      const page = await http.page<WireUser>(
        cursor === undefined ? withQuery(first, { select: USER_FIELDS, top: 100 }) : checkedCursor(cursor, first),
      );
      const users: DirectoryUser[] = page.items
        .filter((m) => !m['@odata.type'] || m['@odata.type'] === '#microsoft.graph.user')
        .map(toDirectoryUser);
      return { items: users, next: page.next };
    },
    async listUserMemberships(userId) {
      const objects = await http.all<WireDirectoryObject>(
        withQuery(`/users/${segment(userId)}/transitiveMemberOf`, { select: ['id', 'displayName', 'roleTemplateId'] }),
      );
      return objects.map(toMembership).filter((m): m is DirectoryMembership => m !== undefined);
    },
  };
}

function clampTop(top: number | undefined): number {
  return Math.min(50, Math.max(1, top ?? 10));
}
