/**
 * Coded errors. Every failure the product knows about has a code; one place
 * (bot/errorReply.ts) turns a code into what the user and the operator should do.
 */
export enum ErrorCode {
  // Input and lookups
  InvalidInput = 'InvalidInput',
  UnknownCommand = 'UnknownCommand',
  UnknownConfiguration = 'UnknownConfiguration',
  AmbiguousConfiguration = 'AmbiguousConfiguration',
  UnknownUser = 'UnknownUser',
  AmbiguousUser = 'AmbiguousUser',
  UnknownGroup = 'UnknownGroup',
  NotSupported = 'NotSupported',
  // Access
  MissingRole = 'MissingRole',
  ForeignTenant = 'ForeignTenant',
  // An activity or stored conversation reference that is not Microsoft Teams (channel, serviceUrl or tenant).
  ForeignChannel = 'ForeignChannel',
  // The sender is not a user of the home directory (or Teams did not say who they are).
  UnknownActor = 'UnknownActor',
  SelfApproval = 'SelfApproval',
  // Changes run with the person's own Entra token: they have not signed in to the bot yet (or it expired).
  SignInRequired = 'SignInRequired',
  // Entra wants more before it issues the person's token: MFA or another Conditional Access claim, or consent.
  EntraChallenge = 'EntraChallenge',
  // Graph refused a change made with the person's token: their directory role is missing (or not activated in PIM).
  EntraRoleMissing = 'EntraRoleMissing',
  // Graph
  GraphUnauthorized = 'GraphUnauthorized',
  GraphForbidden = 'GraphForbidden',
  GraphNotFound = 'GraphNotFound',
  GraphConflict = 'GraphConflict',
  GraphBadRequest = 'GraphBadRequest',
  GraphThrottled = 'GraphThrottled',
  GraphUnavailable = 'GraphUnavailable',
  GraphTimeout = 'GraphTimeout',
  GraphUnreachable = 'GraphUnreachable',
  GraphUnexpected = 'GraphUnexpected',
  // Storage and state
  StorageConflict = 'StorageConflict',
  StorageUnavailable = 'StorageUnavailable',
  StaleAction = 'StaleAction',
  // A background job's leadership (the blob lease) was lost, so its fenced write was refused.
  NotLeader = 'NotLeader',
  // This instance is stopping (SIGTERM): it takes no new work.
  ShuttingDown = 'ShuttingDown',
  // Configuration of this bot
  BotMisconfigured = 'BotMisconfigured',
}

export interface ErrorDetails {
  /** Graph's request-id, when the failure came from Graph. */
  requestId?: string;
  /** Graph's own error code (e.g. Authorization_RequestDenied). */
  graphCode?: string;
  status?: number;
  /** Seconds to wait before trying again, when known. */
  retryAfterSeconds?: number;
  /** The bot's approval request a refusal is about (not a Graph request: it is logged, not shown as one). */
  approvalRequestId?: string;
  [key: string]: unknown;
}

export class CodedError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: ErrorDetails = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'CodedError';
  }
}

export function isCoded(error: unknown, code?: ErrorCode): error is CodedError {
  return error instanceof CodedError && (code === undefined || error.code === code);
}
