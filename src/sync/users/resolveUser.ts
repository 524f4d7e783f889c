import type { GraphGateway } from '../../graph/gateway';
import type { DirectoryUser } from '../../domain';
import { foldName, isObjectId, MAX_USER_TEXT } from './userNames';

export type UserResolution =
  | { kind: 'found'; typed: string; user: DirectoryUser }
  | { kind: 'ambiguous'; typed: string; candidates: DirectoryUser[] }
  | { kind: 'unknown'; typed: string; suggestions: DirectoryUser[] }
  /** Guests and external (#EXT#) users of the source tenant: cross-tenant sync never provisions them. */
  | { kind: 'notInternal'; typed: string; user: DirectoryUser; reason: string }
  | { kind: 'invalid'; typed: string; reason: string };

export type UserGateway = Pick<GraphGateway, 'findUsers' | 'findUsersStartingWithAny' | 'getUser'>;

const MAX_CANDIDATES = 10;
const MAX_SUGGESTIONS = 5;
/** How many users the one suggestions request brings back to rank (every typed word's matches share them). */
const SUGGESTION_POOL = 50;

/**
 * Finds the one source user a name, UPN, mail or alias means, with server-side filters only
 * (GraphGateway.findUsers: $filter, then $search): the directory is never listed.
 */
export async function resolveUser(gateway: UserGateway, typed: string): Promise<UserResolution> {
  const text = typed.trim();
  if (text.length === 0) return { kind: 'invalid', typed, reason: 'say which user, e.g. "provision Adele Vance"' };
  if (text.length > MAX_USER_TEXT)
    return { kind: 'invalid', typed, reason: `a user name, UPN or mail has at most ${MAX_USER_TEXT} characters` };
  const users = await gateway.findUsers(text, { top: MAX_CANDIDATES });
  const exact = users.filter((u) => isExactly(u, text));
  const chosen = exact.length === 1 ? exact[0] : users.length === 1 ? users[0] : undefined;
  if (chosen) return checkInternal(text, chosen);
  if (users.length > 1) return { kind: 'ambiguous', typed: text, candidates: exact.length > 1 ? exact : users };
  return { kind: 'unknown', typed: text, suggestions: await suggest(gateway, text) };
}

/** The user behind a card button: only an object id is accepted, and it is looked up again. */
export async function resolveUserById(gateway: UserGateway, id: string): Promise<UserResolution> {
  if (!isObjectId(id)) return { kind: 'invalid', typed: id, reason: 'that is not a user object id' };
  const user = await gateway.getUser(id);
  return user ? checkInternal(id, user) : { kind: 'unknown', typed: id, suggestions: [] };
}

export function isInternalMember(user: DirectoryUser): boolean {
  return (
    (user.userType ?? 'Member').toLowerCase() === 'member' && !user.userPrincipalName.toUpperCase().includes('#EXT#')
  );
}

function checkInternal(typed: string, user: DirectoryUser): UserResolution {
  if (isInternalMember(user)) return { kind: 'found', typed, user };
  const what = user.userPrincipalName.toUpperCase().includes('#EXT#')
    ? 'an external (B2B) user in this tenant (#EXT# in the user principal name)'
    : `a ${user.userType ?? 'Guest'} in this tenant`;
  return {
    kind: 'notInternal',
    typed,
    user,
    reason:
      `${user.displayName} is ${what}. Cross-tenant synchronization only provisions internal members of the ` +
      `source tenant, so guests and external users cannot be synced.`,
  };
}

function isExactly(user: DirectoryUser, text: string): boolean {
  const t = foldName(text);
  const candidates = [
    user.displayName,
    user.userPrincipalName,
    user.mail,
    user.mailNickname,
    user.userPrincipalName.split('@')[0],
  ];
  return candidates.some((c) => c !== undefined && foldName(c) === t);
}

/**
 * Close names for a name nobody has: each word's first letters as a prefix of a name word or the UPN, all in one
 * request.
 */
async function suggest(gateway: UserGateway, text: string): Promise<DirectoryUser[]> {
  const local = text.includes('@') ? text.split('@')[0] : text;
  const words = [...new Set(local.split(/[^\p{L}\p{N}'-]+/u).filter((w) => w.length >= 2))].slice(0, 3);
  if (words.length === 0) return [];
  // Three letters survive most typos ("Vanse" still finds Vance) and keep the server's answer short.
  const found = await gateway.findUsersStartingWithAny(
    words.map((word) => word.slice(0, 3)),
    { top: SUGGESTION_POOL },
  );
  const wanted = foldName(text);
  return found
    .filter(isInternalMember)
    .sort((a, b) => closeness(wanted, b) - closeness(wanted, a))
    .slice(0, MAX_SUGGESTIONS);
}

function closeness(wanted: string, user: DirectoryUser): number {
  const name = foldName(user.displayName);
  const shared = wanted
    .split(' ')
    .filter((w) => w.length >= 2 && name.split(' ').some((n) => n.startsWith(w.slice(0, 3)))).length;
  return shared * 100 - Math.abs(name.length - wanted.length);
}
