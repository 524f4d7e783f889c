import { CodedError, ErrorCode, isCoded } from '../errors';
import type { GraphGateway } from '../graph/gateway';
import type { DirectoryMembership } from '../domain';

export type MembershipGateway = Pick<GraphGateway, 'listUserMemberships'>;

/** Where the roles of the person acting come from: their Entra memberships. */
export interface MembershipLookup {
  /**
   * The directory roles and groups (nested ones included) of the user with this Entra object id (the actor id).
   * Throws CodedError: UnknownActor when the directory has no such user, otherwise the Graph error's code
   * with a message that says the roles could not be checked.
   */
  membershipsOf(actorId: string): Promise<DirectoryMembership[]>;
}

/** The home tenant's memberships, read live on each call (the caller caches, e.g. per role settings). */
export function entraMemberships(gateway: MembershipGateway): MembershipLookup {
  return {
    async membershipsOf(actorId) {
      try {
        return await gateway.listUserMemberships(actorId);
      } catch (error) {
        throw lookupFailure(actorId, error);
      }
    },
  };
}

function lookupFailure(userId: string, error: unknown): CodedError {
  if (isCoded(error, ErrorCode.GraphNotFound)) {
    return new CodedError(
      ErrorCode.UnknownActor,
      "You're not a user of this organization's directory, so you have no role with this bot.",
      { userId, requestId: error.details.requestId },
    );
  }
  if (isCoded(error)) {
    return new CodedError(
      error.code,
      `I couldn't check your roles in Microsoft Entra ID. ${error.message}`,
      error.details,
      { cause: error },
    );
  }
  return new CodedError(
    ErrorCode.GraphUnexpected,
    "I couldn't check your roles in Microsoft Entra ID.",
    { userId },
    { cause: error },
  );
}
