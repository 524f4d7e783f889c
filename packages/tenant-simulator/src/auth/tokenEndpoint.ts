import crypto from 'node:crypto';
import type { SimulatorState, Tenant } from '../store/tenant';
import type { AuthApp } from '../store/types';
import { GRAPH_APP_ID, GRAPH_AUDIENCE, issueAccessToken, TOKEN_LIFETIME_SECONDS } from './accessToken';
import { decodeJwt, thumbprints, verifySignature } from './jwt';
import type { SigningKey } from './signingKey';

export interface TokenReply {
  status: number;
  body: Record<string, unknown>;
}

const ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

/** POST /{tenant}/oauth2/v2.0/token, client credentials with a secret or a certificate-signed client assertion. */
export function tokenEndpoint(
  state: SimulatorState,
  key: SigningKey,
  tenantSegment: string,
  form: URLSearchParams,
  correlationId: string | undefined,
): TokenReply {
  const fail = entraError(correlationId);
  const tenant = state.get(tenantSegment) ?? state.byDomain(tenantSegment);
  if (!tenant) {
    return fail(
      400,
      'invalid_request',
      90002,
      `Tenant '${tenantSegment}' not found. Check to make sure you have the correct tenant ID and are ` +
        `signing into the correct cloud. Check with your subscription administrator, this may happen if ` +
        `there are no active subscriptions for the tenant.`,
    );
  }
  const grant = form.get('grant_type');
  if (grant !== 'client_credentials') {
    return fail(400, 'unsupported_grant_type', 70003, `The app requested an unsupported grant type '${grant ?? ''}'.`);
  }
  const clientId = form.get('client_id') ?? '';
  const app = tenant.authApps.get(clientId);
  if (!app) {
    return fail(
      400,
      'unauthorized_client',
      700016,
      `Application with identifier '${clientId}' was not found in the directory '${tenant.displayName}'. ` +
        `This can happen if the application has not been installed by the administrator of the tenant or ` +
        `consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`,
    );
  }
  const scope = form.get('scope') ?? '';
  const scopes = scope.split(/\s+/).filter(Boolean);
  const resourceScope = scopes.find((s) => s.endsWith('/.default'));
  if (!resourceScope) {
    return fail(
      400,
      'invalid_scope',
      1002012,
      `The provided value for scope ${scope || "''"} is not valid. Client credential flows must have a ` +
        `scope value with /.default suffixed to the resource identifier (application ID URI).`,
    );
  }
  const resource = resourceScope.slice(0, -'/.default'.length).replace(/\/$/, '');
  if (resource !== GRAPH_AUDIENCE && resource !== GRAPH_APP_ID) {
    return fail(
      400,
      'invalid_resource',
      500011,
      `The resource principal named ${resource} was not found in the tenant named ${tenant.displayName}. ` +
        `This can happen if the application has not been installed by the administrator of the tenant or ` +
        `consented to by any user in the tenant. You might have sent your authentication request to the wrong tenant.`,
    );
  }
  const secret = form.get('client_secret');
  const assertion = form.get('client_assertion');
  let viaCertificate = false;
  if (secret !== null) {
    if (!app.secrets.includes(secret)) {
      return fail(
        401,
        'invalid_client',
        7000215,
        `Invalid client secret provided. Ensure the secret being sent in the request is the client secret ` +
          `value, not the client secret ID, for a secret added to app '${app.clientId}'.`,
      );
    }
  } else if (assertion !== null) {
    if (form.get('client_assertion_type') !== ASSERTION_TYPE) {
      return fail(400, 'invalid_request', 700025, `Client assertion type is invalid. Expected '${ASSERTION_TYPE}'.`);
    }
    const problem = checkAssertion(assertion, app, tenant);
    if (problem) return fail(401, 'invalid_client', problem.code, problem.message);
    viaCertificate = true;
  } else {
    return fail(
      401,
      'invalid_client',
      7000218,
      "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
    );
  }
  return {
    status: 200,
    body: {
      token_type: 'Bearer',
      expires_in: TOKEN_LIFETIME_SECONDS,
      ext_expires_in: TOKEN_LIFETIME_SECONDS,
      access_token: issueAccessToken(key, tenant, app, viaCertificate),
    },
  };
}

/**
 * Verifies a client assertion: signed by a certificate registered on the app, issued by the app, for this tenant's
 * token endpoint, in date.
 */
function checkAssertion(
  assertion: string,
  app: AuthApp,
  tenant: Tenant,
): { code: number; message: string } | undefined {
  const jwt = decodeJwt(assertion);
  if (!jwt) return { code: 50027, message: 'JWT token is invalid or malformed.' };
  const { header, payload } = jwt;
  const cert = app.certificates.find((pem) => {
    const t = thumbprints(pem);
    return (
      header['x5t#S256'] === t.sha256 ||
      header.x5t === t.sha1 ||
      header.kid === t.sha1Hex.toUpperCase() ||
      header.kid === t.sha256Hex.toUpperCase()
    );
  });
  if (!cert) {
    return {
      code: 700027,
      message:
        `The certificate with identifier used to sign the client assertion is not registered on ` +
        `application. [Reason - The key was not found., Thumbprint of key used by client: ` +
        `'${String(header.x5t ?? header['x5t#S256'] ?? '')}', Please visit the Azure Portal, Graph Explorer ` +
        `or directly use MS Graph to see configured keys for app Id '${app.clientId}'.]`,
    };
  }
  if (!verifySignature(jwt, new crypto.X509Certificate(cert).publicKey)) {
    return { code: 700027, message: 'Client assertion failed signature validation.' };
  }
  if (payload.iss !== app.clientId || payload.sub !== app.clientId) {
    return {
      code: 700023,
      message:
        `Client assertion audience claim does not match Realm issuer. The iss and sub claims must be ` +
        `'${app.clientId}'.`,
    };
  }
  const aud = String(payload.aud ?? '');
  const audOk = aud.includes(`/${tenant.id}/oauth2/v2.0/token`) || aud.includes(`/${tenant.domain}/oauth2/v2.0/token`);
  if (!audOk)
    return {
      code: 700016,
      message: `The audience '${aud}' of the client assertion is not this tenant's token endpoint.`,
    };
  const now = Date.now() / 1000;
  if (
    typeof payload.exp !== 'number' ||
    payload.exp < now - 300 ||
    (typeof payload.nbf === 'number' && payload.nbf > now + 300)
  ) {
    return { code: 700024, message: 'Client assertion is not within its valid time range.' };
  }
  return undefined;
}

function entraError(correlationId: string | undefined) {
  return (status: number, error: string, code: number, description: string): TokenReply => {
    const traceId = crypto.randomUUID();
    const correlation = correlationId ?? crypto.randomUUID();
    const timestamp = new Date()
      .toISOString()
      .replace('T', ' ')
      .replace(/\.\d+Z$/, 'Z');
    return {
      status,
      body: {
        error,
        error_description:
          `AADSTS${code}: ${description} Trace ID: ${traceId} Correlation ID: ` +
          `${correlation} Timestamp: ${timestamp}`,
        error_codes: [code],
        timestamp,
        trace_id: traceId,
        correlation_id: correlation,
        error_uri: `https://login.microsoftonline.com/error?code=${code}`,
      },
    };
  };
}
