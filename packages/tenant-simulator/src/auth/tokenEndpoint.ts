import { GRAPH_APP_ID, GRAPH_AUDIENCE, issueAccessToken, TOKEN_LIFETIME_SECONDS } from './accessToken';
import { authCodeGrant } from './authCodeGrant';
import { authenticateClient, findClient, isReply } from './clientAuth';
import { entraError, type TokenReply } from './entraError';
import { OBO_GRANT, onBehalfOfGrant } from './oboGrant';
import type { TokenIssuer, TokenRequest } from './tokenRequest';

export type { TokenReply } from './entraError';
export type { TokenIssuer, TokenRequest } from './tokenRequest';

/**
 * POST /{tenant}/oauth2/v2.0/token: client credentials (secret or certificate assertion), the on-behalf-of grant
 * (jwt-bearer) and the authorization code grant (with PKCE).
 */
export function tokenEndpoint(issuer: TokenIssuer, req: TokenRequest): TokenReply {
  const fail = entraError(req.correlationId);
  const tenant = issuer.state.get(req.tenantSegment) ?? issuer.state.byDomain(req.tenantSegment);
  if (!tenant) {
    return fail(
      400,
      'invalid_request',
      90002,
      `Tenant '${req.tenantSegment}' not found. Check to make sure you have the correct tenant ID and are ` +
        `signing into the correct cloud. Check with your subscription administrator, this may happen if ` +
        `there are no active subscriptions for the tenant.`,
    );
  }
  const grant = req.form.get('grant_type');
  if (grant === OBO_GRANT) return onBehalfOfGrant(issuer, tenant, req.form, fail);
  if (grant === 'authorization_code') return authCodeGrant(issuer, tenant, req, fail);
  if (grant !== 'client_credentials') {
    return fail(400, 'unsupported_grant_type', 70003, `The app requested an unsupported grant type '${grant ?? ''}'.`);
  }
  const app = findClient(tenant, req.form, fail);
  if (isReply(app)) return app;
  const scope = req.form.get('scope') ?? '';
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
  const client = authenticateClient(req.form, app, tenant, fail);
  if (isReply(client)) return client;
  return {
    status: 200,
    body: {
      token_type: 'Bearer',
      expires_in: TOKEN_LIFETIME_SECONDS,
      ext_expires_in: TOKEN_LIFETIME_SECONDS,
      access_token: issueAccessToken(issuer.key, tenant, app, client.viaCertificate),
    },
  };
}
