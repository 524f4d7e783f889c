import { CodedError, ErrorCode } from '../errors';
import type { GraphGateway } from '../graph/gateway';
import type { Principal } from './model';

export type PrincipalGateway = Pick<GraphGateway, 'findUsers' | 'findGroups'>;

/**
 * "the Sales group", "group Sales", "Lee Gu", "user LeeG@contoso.com": one user or group of the
 * source tenant, exact names first. Ambiguity is refused with the candidates named.
 */
export async function findPrincipal(gateway: PrincipalGateway, text: string): Promise<Principal> {
  let name = text.trim().replace(/^the /i, '');
  let hint: 'User' | 'Group' | undefined;
  const typed = /^(?:(group|user) (.+)|(.+) (group|user))$/i.exec(name);
  if (typed) {
    hint = (typed[1] ?? typed[4]).toLowerCase() === 'group' ? 'Group' : 'User';
    name = (typed[2] ?? typed[3]).trim();
  }
  const lower = name.toLowerCase();
  const users = hint === 'Group' ? [] : await gateway.findUsers(name, { top: 10 });
  const groups = hint === 'User' ? [] : await gateway.findGroups(name, { top: 10 });
  const exactUsers = users.filter(
    (u) =>
      u.displayName.toLowerCase() === lower ||
      u.userPrincipalName.toLowerCase() === lower ||
      u.mail?.toLowerCase() === lower,
  );
  const exactGroups = groups.filter((g) => g.displayName.toLowerCase() === lower);
  const candidates: Principal[] = [
    ...(exactUsers.length + exactGroups.length > 0 ? exactUsers : users).map((u) => ({
      id: u.id,
      type: 'User' as const,
      displayName: u.displayName,
    })),
    ...(exactUsers.length + exactGroups.length > 0 ? exactGroups : groups).map((g) => ({
      id: g.id,
      type: 'Group' as const,
      displayName: g.displayName,
    })),
  ];
  if (candidates.length === 1) return candidates[0];
  const what = hint === 'Group' ? 'group' : hint === 'User' ? 'user' : 'user or group';
  if (candidates.length === 0) {
    throw new CodedError(
      hint === 'Group' ? ErrorCode.UnknownGroup : ErrorCode.UnknownUser,
      `I found no ${what} named "${name}" in the source tenant.`,
      { name },
    );
  }
  const names = candidates
    .slice(0, 6)
    .map((c) => `${c.displayName} (${c.type.toLowerCase()})`)
    .join(', ');
  throw new CodedError(
    ErrorCode.AmbiguousUser,
    `"${name}" could be ${names}. Say "user ..." or "group ..." with the full name.`,
    { name },
  );
}
