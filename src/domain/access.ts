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
 * Whether two Entra object ids name the same person. GUIDs are case-insensitive, and a channel or an older stored
 * request may spell one in upper case; comparing them as typed let a requester approve their own change.
 */
export function samePerson(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
