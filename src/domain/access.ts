/** Who acts, and what the bot lets them do. */

/** What a person may do with the bot: readers see, operators act, approvers approve. */
export type Role = 'reader' | 'operator' | 'approver';

/** The person behind a turn or a card click, as the bot established it (never as a card claims). */
export interface Actor {
  /** Entra object id (Teams aadObjectId). */
  id: string;
  displayName: string;
  roles: readonly Role[];
}

/**
 * The person a change is made for, carried explicitly from the turn (never the turn itself), so work that runs after
 * the turn has been answered still writes with that person's token.
 */
export interface ActingUser {
  /** Entra object id (Teams aadObjectId), lower case. */
  aadObjectId: string;
  /** Their home tenant (the turn's tenant). */
  tenantId: string;
  displayName?: string;
}

/**
 * Whether two Entra object ids name the same person. GUIDs are case-insensitive, and a channel or an older stored
 * request may spell one in upper case; comparing them as typed let a requester approve their own change.
 */
export function samePerson(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
