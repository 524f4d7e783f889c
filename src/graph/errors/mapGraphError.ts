import { GraphError } from '@microsoft/microsoft-graph-client';
import { CodedError, ErrorCode, ErrorDetails } from '../../errors';
import { pathTemplate } from './pathTemplate';
import { retryAfterSeconds } from './retryAfter';
import { TransportFailure } from './transportFailure';
import { requiredPermissions } from './permissions';
import { requiredRoles } from './delegatedRoles';

/** The call that failed, so the message can say what was being done and what it needs. */
export interface FailedCall {
  method: string;
  path: string;
  /** Made with a person's token (on-behalf-of): a refusal is about their Entra roles, not the bot's permissions. */
  delegated?: boolean;
}

/** A Graph failure reduced to what the mapping needs; built from a GraphError or a $batch item. */
export interface GraphFailure {
  status: number;
  graphCode?: string;
  graphMessage?: string;
  requestId?: string;
  retryAfter?: string | null;
}

/** Turns whatever the Graph client threw into a CodedError that says what to do. */
export function mapGraphError(error: unknown, call: FailedCall): CodedError {
  if (error instanceof CodedError) return error;
  if (error instanceof TransportFailure) return error.coded;
  if (error instanceof GraphError && error.statusCode > 0) {
    return codedFromFailure(
      {
        status: error.statusCode,
        graphCode: error.code ?? undefined,
        graphMessage: error.message,
        requestId: error.requestId ?? error.headers?.get('request-id') ?? undefined,
        retryAfter: error.headers?.get('retry-after'),
      },
      call,
      error,
    );
  }
  const message = error instanceof Error ? error.message : String(error);
  return new CodedError(
    ErrorCode.GraphUnexpected,
    `Graph ${call.method} ${pathTemplate(call.path)} failed unexpectedly: ${message}`,
    {},
    { cause: error },
  );
}

export function codedFromFailure(wire: GraphFailure, call: FailedCall, cause?: unknown): CodedError {
  const failure = unwrapped(wire);
  const template = pathTemplate(call.path);
  const what = `${call.method.toUpperCase()} ${template}`;
  const details: ErrorDetails = {
    status: failure.status,
    graphCode: failure.graphCode,
    graphMessage: failure.graphMessage,
    requestId: failure.requestId,
  };
  const said = failure.graphMessage ? ` Graph said: ${failure.graphMessage}` : '';
  const make = (code: ErrorCode, message: string, extra: ErrorDetails = {}) =>
    new CodedError(code, message, { ...details, ...extra }, cause === undefined ? undefined : { cause });

  if (call.delegated && failure.status === 401)
    return make(ErrorCode.SignInRequired, `Graph did not accept your sign-in for ${what}.${said}`);
  if (call.delegated && failure.status === 403) return delegatedRefusal(make, what, call);
  switch (true) {
    case failure.status === 401:
      return make(
        ErrorCode.GraphUnauthorized,
        `Graph did not accept the bot's token for ${what}. Check GRAPH_TENANT_ID, GRAPH_CLIENT_ID and the client ` +
          `secret or certificate.${said}`,
      );
    case failure.status === 403: {
      const permissions = requiredPermissions(call.method, template);
      const need =
        permissions.length > 0 ? `the application permission ${permissions.join(' or ')}` : 'a permission it lacks';
      return make(
        ErrorCode.GraphForbidden,
        `Graph refused ${what} (${failure.graphCode ?? 'Forbidden'}): the bot's app registration needs ${need}, ` +
          `granted with admin consent (Entra admin center > App registrations > API permissions).`,
        { requiredPermissions: permissions },
      );
    }
    case failure.status === 404:
      return make(
        ErrorCode.GraphNotFound,
        `Graph found nothing at ${what}; it may have been deleted or the id is wrong.${said}`,
      );
    case failure.status === 409:
      return make(
        ErrorCode.GraphConflict,
        `Graph reported a conflict for ${what}: it already exists or changed meanwhile.${said}`,
      );
    case failure.status === 429: {
      const wait = retryAfterSeconds(failure.retryAfter);
      const when = wait === undefined ? 'in a moment' : `in ${Math.ceil(wait)} s`;
      return make(ErrorCode.GraphThrottled, `Graph is throttling ${what}; try again ${when}.`, {
        retryAfterSeconds: wait,
      });
    }
    case failure.status === 503 || failure.status === 502 || failure.status === 500 || failure.status === 504:
      return make(
        ErrorCode.GraphUnavailable,
        `Graph is unavailable for ${what} (HTTP ${failure.status}); try again shortly.${said}`,
        {
          retryAfterSeconds: retryAfterSeconds(failure.retryAfter),
        },
      );
    case failure.status >= 400 && failure.status < 500:
      return make(
        ErrorCode.GraphBadRequest,
        `Graph rejected ${what} (${failure.graphCode ?? `HTTP ${failure.status}`}).${said}`,
      );
    default:
      return make(ErrorCode.GraphUnexpected, `Graph answered ${what} with HTTP ${failure.status}.${said}`);
  }
}

/** Graph refused a change made with the person's own token: say which Entra role (or PIM activation) it wants. */
function delegatedRefusal(
  make: (code: ErrorCode, message: string, extra?: ErrorDetails) => CodedError,
  what: string,
  call: FailedCall,
): CodedError {
  const roles = requiredRoles(call.method, pathTemplate(call.path));
  const need = roles.length > 0 ? `one of the Microsoft Entra roles ${orList(roles)}` : 'a Microsoft Entra role';
  return make(
    ErrorCode.EntraRoleMissing,
    `Graph refused ${what} made with your account: it needs ${need}. If you hold it as eligible in Privileged ` +
      `Identity Management, activate it first.`,
    { requiredRoles: roles },
  );
}

function orList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/**
 * The synchronization service wraps its own errors as {"error":{"code":"UnknownError","message":"{\"error\":{…}}"}}:
 * the inner code and message are the real ones.
 */
export function unwrapped(failure: GraphFailure): GraphFailure {
  if (failure.graphCode !== 'UnknownError' || !failure.graphMessage?.trimStart().startsWith('{')) return failure;
  try {
    const inner = (JSON.parse(failure.graphMessage) as { error?: { code?: unknown; message?: unknown } }).error;
    if (typeof inner?.code !== 'string') return failure;
    return {
      ...failure,
      graphCode: inner.code,
      graphMessage: typeof inner.message === 'string' ? inner.message : failure.graphMessage,
    };
  } catch {
    return failure;
  }
}
