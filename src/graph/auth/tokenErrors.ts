import { AuthError, ServerError } from '@azure/msal-node';
import { CodedError, ErrorCode } from '../../errors';

/**
 * Entra (AADSTS) error numbers that point at one specific setting, with what to check.
 * https://learn.microsoft.com/entra/identity-platform/reference-error-codes
 */
const KNOWN_AADSTS: Record<string, string> = {
  '7000215':
    'the client secret is wrong: GRAPH_CLIENT_SECRET must be the secret Value (not the Secret ID) of the app ' +
    'registration',
  '7000222':
    'the client secret has expired: create a new one under Certificates & secrets and update GRAPH_CLIENT_SECRET',
  '700016':
    'no application with GRAPH_CLIENT_ID exists in tenant GRAPH_TENANT_ID: check the client id, and that the app is ' +
    'registered or consented in that tenant',
  '90002': 'tenant GRAPH_TENANT_ID was not found: check the Directory (tenant) ID',
  '900023': 'GRAPH_TENANT_ID is not a valid tenant id or domain',
  '700027':
    'the certificate is not registered on the app (or the clock is off): upload the certificate of ' +
    'GRAPH_CLIENT_CERT_PATH under Certificates & secrets',
  '700024': 'the client assertion is not within its valid time range: check the machine clock',
  '7000112': 'the application is disabled in tenant GRAPH_TENANT_ID',
};

/** Turns an msal (or identity) failure into a coded error that says which setting to check. */
export function tokenError(error: unknown, context: { authority: string; clientId?: string }): CodedError {
  if (error instanceof CodedError) return error;
  const where = `from ${context.authority}${context.clientId ? ` for client ${context.clientId}` : ''}`;
  if (error instanceof AuthError && error.errorCode === 'network_error') {
    return new CodedError(
      ErrorCode.GraphUnreachable,
      (
        `Could not reach the sign-in endpoint ${context.authority}: check AUTHORITY_HOST and the network (for the ` +
        `simulator, that it runs and NODE_EXTRA_CA_CERTS holds its CA). ${error.errorMessage}`
      ).trim(),
      { authority: context.authority },
      { cause: error },
    );
  }
  if (error instanceof ServerError || error instanceof AuthError) {
    const number = aadstsNumber(error);
    const known = number ? KNOWN_AADSTS[number] : undefined;
    const advice =
      known ??
      (error.errorCode === 'invalid_client' || error.errorCode === 'unauthorized_client'
        ? 'the client credentials were refused: check GRAPH_CLIENT_ID and the client secret or certificate'
        : 'check GRAPH_TENANT_ID, GRAPH_CLIENT_ID and the client secret or certificate');
    return new CodedError(
      ErrorCode.GraphUnauthorized,
      `Could not get a Graph token ${where}: ${advice}.`,
      {
        graphCode: error.errorCode,
        aadsts: number,
        status: error instanceof ServerError ? error.status : undefined,
      },
      { cause: error },
    );
  }
  const message = error instanceof Error ? error.message : String(error);
  return new CodedError(
    ErrorCode.GraphUnauthorized,
    `Could not get a Graph token ${where}: ${message}`,
    {},
    { cause: error },
  );
}

function aadstsNumber(error: AuthError): string | undefined {
  const fromNumber =
    error instanceof ServerError && error.errorNo !== undefined && error.errorNo !== ''
      ? String(error.errorNo)
      : undefined;
  return fromNumber ?? /AADSTS(\d+)/.exec(error.errorMessage ?? '')?.[1];
}
