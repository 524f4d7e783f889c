import type { GraphGateway } from '../graph/gateway';
import type { DirectoryUser, ScopeAssignment } from '../domain';

export type ScopeGateway = Pick<GraphGateway, 'listAssignments' | 'listGroupMembers'>;

/** Beyond this many members a group is counted, not listed user by user. */
const MAX_MEMBERS = 5000;

export async function groupMembers(gateway: ScopeGateway, groupId: string): Promise<DirectoryUser[]> {
  return (await countedGroupMembers(gateway, groupId)).members;
}

/** The direct members, and whether that is all of them (false: the count stopped at MAX_MEMBERS). */
export async function countedGroupMembers(
  gateway: ScopeGateway,
  groupId: string,
): Promise<{ members: DirectoryUser[]; complete: boolean }> {
  const users: DirectoryUser[] = [];
  let cursor: string | undefined;
  do {
    const page = await gateway.listGroupMembers(groupId, cursor);
    users.push(...page.items);
    cursor = page.next;
  } while (cursor !== undefined && users.length < MAX_MEMBERS);
  return { members: users, complete: cursor === undefined };
}

/**
 * Who is in scope of an "assigned users and groups" configuration, by user id, with the
 * assignments that put each one there (only direct group members count, as in the service).
 */
export async function assignedScope(
  gateway: ScopeGateway,
  assignments: ScopeAssignment[],
): Promise<Map<string, { name: string; via: Set<string> }>> {
  const scope = new Map<string, { name: string; via: Set<string> }>();
  const add = (id: string, name: string, via: string) => {
    const entry = scope.get(id) ?? { name, via: new Set<string>() };
    entry.via.add(via);
    scope.set(id, entry);
  };
  for (const a of assignments) {
    if (a.principalType === 'User') add(a.principalId, a.principalDisplayName, a.principalId);
    else if (a.principalType === 'Group')
      for (const u of await groupMembers(gateway, a.principalId)) add(u.id, u.displayName, a.principalId);
  }
  return scope;
}
