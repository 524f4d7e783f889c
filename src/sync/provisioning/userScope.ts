import { CodedError } from '../../errors';
import type { GraphGateway } from '../../graph/gateway';
import type { DirectoryUser, ScopeAssignment, SyncConfiguration } from '../../domain';

export type ScopeGateway = Pick<GraphGateway, 'listAssignmentsOfEach' | 'listUserMemberships' | 'listGroupMembers'>;

/** Whether a configuration's scope holds a user, and why, in an admin's words. */
export interface ScopeCheck {
  config: SyncConfiguration;
  inScope: boolean;
  /** "assigned directly", "direct member of the assigned group Retail", "Sync all users and groups". */
  reason: string;
}

/** Pages of a group's members read before giving up on finding one user (100 per page). */
const MAX_MEMBER_PAGES = 50;
/** Configurations whose group memberships are checked at the same time. */
const PARALLEL = 8;

/** Assignments already read for one request (several users at once share them). */
export type AssignmentMemo = Map<string, Promise<ScopeAssignment[]>>;

/**
 * Which configurations hold a user in scope: every internal member under "Sync all users", otherwise a direct
 * assignment or direct membership of an assigned group (nested groups do not count). Scoping filters are
 * left to the provisioning service, which reports them in its scoping step.
 */
export async function checkScopes(
  gateway: ScopeGateway,
  configs: SyncConfiguration[],
  user: DirectoryUser,
  memo: AssignmentMemo = new Map(),
): Promise<ScopeCheck[]> {
  let groupIds: Promise<Set<string>> | undefined;
  const memberOf = () =>
    (groupIds ??= gateway
      .listUserMemberships(user.id)
      .then((ms) => new Set(ms.filter((m) => m.kind === 'group').map((m) => m.id.toLowerCase()))));
  readMissingAssignments(gateway, configs, memo);
  const assignmentsOf = (spId: string): Promise<ScopeAssignment[]> => memo.get(spId)!;
  return mapInBatches(
    configs,
    async (config): Promise<ScopeCheck> => {
      if (config.scopeMode === 'allUsers')
        return { config, inScope: true, reason: 'the configuration syncs all users and groups' };
      const assignments = await assignmentsOf(config.servicePrincipalId);
      if (assignments.some((a) => a.principalType === 'User' && sameId(a.principalId, user.id)))
        return { config, inScope: true, reason: 'assigned directly' };
      const groups = assignments.filter((a) => a.principalType === 'Group');
      if (groups.length === 0) return { config, inScope: false, reason: notAssigned(assignments) };
      const transitive = await memberOf();
      const related = groups.filter((g) => transitive.has(g.principalId.toLowerCase()));
      for (const group of related) {
        if (await isDirectMember(gateway, group.principalId, user.id)) {
          return { config, inScope: true, reason: `direct member of the assigned group ${group.principalDisplayName}` };
        }
      }
      if (related.length > 0) {
        const names = related.map((g) => g.principalDisplayName).join(', ');
        return {
          config,
          inScope: false,
          reason: `member of the assigned group ${names} only through a nested group, and nested groups do not count`,
        };
      }
      return { config, inScope: false, reason: notAssigned(assignments) };
    },
    PARALLEL,
  );
}

/**
 * The assignments of every configuration not read yet for this request, in one $batch round trip, each
 * kept in the memo as its own answer: the assignments, or the CodedError listAssignments would throw.
 */
function readMissingAssignments(gateway: ScopeGateway, configs: SyncConfiguration[], memo: AssignmentMemo): void {
  const missing = [
    ...new Set(configs.filter((c) => c.scopeMode !== 'allUsers').map((c) => c.servicePrincipalId)),
  ].filter((id) => !memo.has(id));
  if (missing.length === 0) return;
  const answers = gateway.listAssignmentsOfEach(missing);
  missing.forEach((spId, i) => {
    const one = answers.then((all) => {
      const answer = all[i];
      if (answer instanceof CodedError) throw answer;
      return answer;
    });
    // Awaited by the configuration's own check; one never reached (an earlier check failed) must not go unhandled.
    one.catch(() => undefined);
    memo.set(spId, one);
  });
}

async function mapInBatches<T, R>(items: T[], run: (item: T) => Promise<R>, size: number): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size) out.push(...(await Promise.all(items.slice(i, i + size).map(run))));
  return out;
}

async function isDirectMember(gateway: ScopeGateway, groupId: string, userId: string): Promise<boolean> {
  let cursor: string | undefined;
  for (let page = 0; page < MAX_MEMBER_PAGES; page++) {
    const members = await gateway.listGroupMembers(groupId, cursor);
    if (members.items.some((m) => sameId(m.id, userId))) return true;
    if (!members.next) return false;
    cursor = members.next;
  }
  return false;
}

function notAssigned(assignments: ScopeAssignment[]): string {
  return assignments.length === 0
    ? 'nobody is assigned to the configuration yet'
    : 'neither assigned to the configuration nor a direct member of an assigned group';
}

function sameId(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
