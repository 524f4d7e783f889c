import type { Tenant } from '../store/tenant';
import { TOKEN_LIFETIME_SECONDS } from './accessToken';
import { pkceMatches } from './authCodes';
import { authenticateClient, findClient, isReply } from './clientAuth';
import type { EntraFail, TokenReply } from './entraError';
import type { TokenIssuer, TokenRequest } from './tokenRequest';
import { issueApiToken, issueIdToken } from './userTokens';

/**
 * grant_type=authorization_code: redeems a code from the authorize endpoint for a token to the API its scope named
 * (the SSO token) and, with `openid`, an ID token. Public clients prove the code with PKCE; confidential ones also
 * authenticate.
 */
export function authCodeGrant(issuer: TokenIssuer, tenant: Tenant, req: TokenRequest, fail: EntraFail): TokenReply {
  const form = req.form;
  const client = findClient(tenant, form, fail);
  if (isReply(client)) return client;
  const pending = issuer.codes.redeem(form.get('code') ?? '');
  if (!pending || pending.tenantId !== tenant.id || pending.clientId !== client.clientId) {
    return fail(
      400,
      'invalid_grant',
      70000,
      'The provided authorization code or refresh token has expired due to inactivity, was already redeemed, or ' +
        'was issued to another client.',
    );
  }
  if (form.get('redirect_uri') !== pending.redirectUri) {
    return fail(
      400,
      'invalid_grant',
      50148,
      'The redirect_uri does not match the one used in the authorization request.',
    );
  }
  if (pending.codeChallenge !== undefined && !pkceMatches(pending.codeChallenge, form.get('code_verifier') ?? '')) {
    return fail(
      400,
      'invalid_grant',
      501481,
      'The Code_Verifier does not match the code_challenge supplied in the authorization request.',
    );
  }
  if (!client.publicClient) {
    const auth = authenticateClient(form, client, tenant, fail);
    if (isReply(auth)) return auth;
  }
  const user = tenant.users.get(pending.userId);
  const api = tenant.authApps.get(pending.apiClientId);
  if (!user || !api || !user.data.accountEnabled) {
    return fail(400, 'invalid_grant', 50057, 'The user account is disabled or no longer exists.');
  }
  const body: Record<string, unknown> = {
    token_type: 'Bearer',
    scope: pending.scopes.filter((s) => s !== 'openid' && s !== 'profile' && s !== 'offline_access').join(' '),
    expires_in: TOKEN_LIFETIME_SECONDS,
    ext_expires_in: TOKEN_LIFETIME_SECONDS,
    access_token: issueApiToken(issuer.key, req.authorityHost, tenant, api, client, user, pending.amr),
  };
  if (pending.scopes.includes('openid'))
    body.id_token = issueIdToken(issuer.key, req.authorityHost, tenant, client, user, pending.nonce);
  if (form.get('client_info') === '1')
    body.client_info = Buffer.from(JSON.stringify({ uid: user.data.id, utid: tenant.id })).toString('base64url');
  return { status: 200, body };
}
