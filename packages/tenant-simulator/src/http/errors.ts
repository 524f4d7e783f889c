/** A Graph error: status, code and message as Graph sends them; the server adds innerError. */
export class GraphError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: {
      details?: unknown[];
      headers?: Record<string, string>;
      innerError?: Record<string, unknown>;
    } = {},
  ) {
    super(message);
  }
}

/** "2025-02-13T10:17:06": innerError.date has no fraction and no zone. */
export function innerErrorDate(d = new Date()): string {
  return d.toISOString().slice(0, 19);
}

export function errorBody(
  err: GraphError,
  requestId: string,
  clientRequestId: string | undefined,
  now = new Date(),
): { error: Record<string, unknown> } {
  const innerError: Record<string, unknown> = {
    date: innerErrorDate(now),
    'request-id': requestId,
    'client-request-id': clientRequestId ?? requestId,
  };
  Object.assign(innerError, err.extra.innerError);
  const error: Record<string, unknown> = { code: err.code, message: err.message };
  if (err.extra.details) error.details = err.extra.details;
  error.innerError = innerError;
  return { error };
}

export const notFound = (id: string): GraphError =>
  new GraphError(
    404,
    'Request_ResourceNotFound',
    `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`,
  );

export const badRequest = (message: string, code = 'Request_BadRequest'): GraphError =>
  new GraphError(400, code, message);

export const unsupportedQuery = (message = 'Unsupported Query.'): GraphError =>
  new GraphError(400, 'Request_UnsupportedQuery', message);

export const forbidden = (): GraphError =>
  new GraphError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');

export const unauthenticated = (message: string): GraphError =>
  new GraphError(401, 'InvalidAuthenticationToken', message, {
    headers: {
      'WWW-Authenticate':
        'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", ' +
        'client_id="00000003-0000-0000-c000-000000000000"',
    },
  });

export const conflict = (message: string, details?: unknown[]): GraphError =>
  new GraphError(409, 'Request_MultipleObjectsWithSameKeyValue', message, details ? { details } : {});

export const throttled = (retryAfterSeconds: number): GraphError =>
  new GraphError(429, 'TooManyRequests', 'Please retry again later.', {
    headers: { 'Retry-After': String(retryAfterSeconds) },
    innerError: { code: '429', message: 'Please retry after', status: '429' },
  });
