import crypto from 'node:crypto';
import type { Tenant } from '../store/tenant';
import type { AuthApp } from '../store/types';
import type { EntraFail, TokenReply } from './entraError';
import { decodeJwt, thumbprints, verifySignature } from './jwt';

const ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

/** The app named by client_id, or Entra's AADSTS700016. */
export function findClient(tenant: Tenant, form: URLSearchParams, fail: EntraFail): AuthApp | TokenReply {
  const clientId = form.get('client_id') ?? '';
  const app = tenant.authApps.get(clientId);
  if (app) return app;
  return fail(
    400,
    'unauthorized_client',
    700016,
    `Application with identifier '${clientId}' was not found in the directory '${tenant.displayName}'. ` +
      `This can happen if the application has not been installed by the administrator of the tenant or ` +
      `consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`,
  );
}

/**
 * A confidential client proves itself with a client secret or a certificate-signed client assertion; the reply says
 * which (appidacr 1 or 2), or is Entra's invalid_client error.
 */
export function authenticateClient(
  form: URLSearchParams,
  app: AuthApp,
  tenant: Tenant,
  fail: EntraFail,
): { viaCertificate: boolean } | TokenReply {
  const secret = form.get('client_secret');
  const assertion = form.get('client_assertion');
  if (secret !== null) {
    if (app.secrets.includes(secret)) return { viaCertificate: false };
    return fail(
      401,
      'invalid_client',
      7000215,
      `Invalid client secret provided. Ensure the secret being sent in the request is the client secret ` +
        `value, not the client secret ID, for a secret added to app '${app.clientId}'.`,
    );
  }
  if (assertion !== null) {
    if (form.get('client_assertion_type') !== ASSERTION_TYPE) {
      return fail(400, 'invalid_request', 700025, `Client assertion type is invalid. Expected '${ASSERTION_TYPE}'.`);
    }
    const problem = checkAssertion(assertion, app, tenant);
    if (problem) return fail(401, 'invalid_client', problem.code, problem.message);
    return { viaCertificate: true };
  }
  return fail(
    401,
    'invalid_client',
    7000218,
    "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
  );
}

export const isReply = (v: object): v is TokenReply => 'status' in v && 'body' in v;

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
