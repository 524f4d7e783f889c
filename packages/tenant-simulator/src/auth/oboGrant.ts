import crypto from 'node:crypto';
import type { Tenant } from '../store/tenant';
import type { AuthApp, UserRecord } from '../store/types';
import { GRAPH_APP_ID, GRAPH_AUDIENCE, TOKEN_LIFETIME_SECONDS } from './accessToken';
import { OIDC_SCOPES } from './apiScopes';
import { authenticateClient, findClient, isReply } from './clientAuth';
import type { EntraFail, TokenReply } from './entraError';
import { decodeJwt } from './jwt';
import type { TokenIssuer } from './tokenRequest';
import { issueDelegatedGraphToken, type AuthMethods } from './userTokens';

export const OBO_GRANT = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

/** The Conditional Access policy the simulator stands for when a person must use MFA for Microsoft Graph. */
export const MFA_POLICY_ID = '6b8a1a8b-2d4e-4a9b-9c1e-5f0d3c7e2a10';

/**
 * grant_type=jwt-bearer, requested_token_use=on_behalf_of: a confidential app trades a user token whose audience is
 * the app for a delegated Microsoft Graph token holding the delegated permissions consented for the app (`scp`).
 * Errors as Entra answers them: an expired or foreign assertion (invalid_grant), missing consent (AADSTS65001), and
 * Conditional Access asking for MFA (interaction_required with a `claims` challenge).
 */
export function onBehalfOfGrant(
  issuer: TokenIssuer,
  tenant: Tenant,
  form: URLSearchParams,
  fail: EntraFail,
): TokenReply {
  const app = findClient(tenant, form, fail);
  if (isReply(app)) return app;
  const auth = authenticateClient(form, app, tenant, fail);
  if (isReply(auth)) return auth;
  if (form.get('requested_token_use') !== 'on_behalf_of') {
    return fail(
      400,
      'invalid_request',
      900144,
      "The request body must contain the following parameter: 'requested_token_use' with the value 'on_behalf_of'.",
    );
  }
  const user = assertedUser(issuer, tenant, app, form.get('assertion') ?? '', fail);
  if (isReply(user)) return user;
  const scopes = grantedScopes(tenant, app, form.get('scope') ?? '', fail);
  if (isReply(scopes)) return scopes;
  const mfaProblem = conditionalAccess(user.user, user.amr, fail);
  if (mfaProblem) return mfaProblem;
  return {
    status: 200,
    body: {
      token_type: 'Bearer',
      scope: scopes.map((s) => `${GRAPH_AUDIENCE}/${s}`).join(' '),
      expires_in: TOKEN_LIFETIME_SECONDS,
      ext_expires_in: TOKEN_LIFETIME_SECONDS,
      access_token: issueDelegatedGraphToken(issuer.key, tenant, app, user.user, scopes, user.amr),
    },
  };
}

/** The signed-in person of the assertion, if it is ours, for this app, in this tenant and in date. */
function assertedUser(
  issuer: TokenIssuer,
  tenant: Tenant,
  app: AuthApp,
  assertion: string,
  fail: EntraFail,
): { user: UserRecord; amr: AuthMethods } | TokenReply {
  const jwt = decodeJwt(assertion);
  if (!jwt) return fail(400, 'invalid_request', 50027, 'JWT token is invalid or malformed.');
  const valid =
    jwt.header.alg === 'RS256' &&
    crypto.verify('RSA-SHA256', Buffer.from(jwt.signingInput), issuer.key.publicKey, jwt.signature);
  if (!valid)
    return fail(
      400,
      'invalid_grant',
      50013,
      'Assertion failed signature validation. [Reason - The key was not found.]',
    );
  const p = jwt.payload;
  if (p.tid !== tenant.id) {
    return fail(
      400,
      'invalid_grant',
      50013,
      `Assertion contains an invalid issuer: its tenant is '${String(p.tid)}', not '${tenant.id}'.`,
    );
  }
  const aud = String(p.aud ?? '');
  if (aud !== app.clientId && !app.identifierUris?.includes(aud)) {
    return fail(
      400,
      'invalid_grant',
      500131,
      `Assertion audience does not match the Client app presenting the assertion. The audience in the assertion ` +
        `was '${aud}' and the expected audience is '${app.clientId}' or one of the Application Ids of the ` +
        `Application presenting the assertion.`,
    );
  }
  const now = Math.floor(Date.now() / 1000);
  if (typeof p.exp !== 'number' || p.exp <= now) {
    return fail(
      400,
      'invalid_grant',
      500133,
      `Assertion is not within its valid time range. Ensure that the access token is not expired before using it ` +
        `for user assertion, or request a new token. Current time: ${new Date(now * 1000).toISOString()}, expiry ` +
        `time of assertion ${typeof p.exp === 'number' ? new Date(p.exp * 1000).toISOString() : 'none'}.`,
    );
  }
  const user = typeof p.oid === 'string' ? tenant.users.get(p.oid) : undefined;
  if (!user || user.meta.softDeleted) {
    return fail(400, 'invalid_grant', 50034, `The user account ${String(p.oid)} does not exist in the directory.`);
  }
  if (!user.data.accountEnabled) return fail(400, 'invalid_grant', 50057, 'The user account is disabled.');
  const amr: AuthMethods = Array.isArray(p.amr) && p.amr.includes('mfa') ? ['pwd', 'mfa'] : ['pwd'];
  return { user, amr };
}

/** The delegated Graph permissions the token carries: all consented ones for /.default, else the ones asked for. */
function grantedScopes(tenant: Tenant, app: AuthApp, scope: string, fail: EntraFail): string[] | TokenReply {
  const consented = app.delegatedScopes ?? [];
  const asked = scope.split(/\s+/).filter((s) => s && !OIDC_SCOPES.has(s));
  const names: string[] = [];
  for (const s of asked) {
    const slash = s.lastIndexOf('/');
    const resource = slash > 0 ? s.slice(0, slash) : GRAPH_AUDIENCE;
    if (resource !== GRAPH_AUDIENCE && resource !== GRAPH_APP_ID) {
      return fail(
        400,
        'invalid_resource',
        500011,
        `The resource principal named ${resource} was not found in the tenant named ${tenant.displayName}.`,
      );
    }
    names.push(s.slice(slash + 1));
  }
  const wanted = names.length === 0 || names.includes('.default') ? consented : names;
  const missing = wanted.length === 0 ? ['(none consented)'] : wanted.filter((s) => !consented.includes(s));
  if (missing.length > 0) {
    return fail(
      400,
      'invalid_grant',
      65001,
      `The user or administrator has not consented to use the application with ID '${app.clientId}' named ` +
        `'${app.displayName}'. Send an interactive authorization request for this user and resource.`,
      { suberror: 'consent_required' },
    );
  }
  return [...new Set(wanted)];
}

/** Conditional Access for Microsoft Graph: MFA when the person's policy wants it and the assertion lacks it. */
function conditionalAccess(user: UserRecord, amr: AuthMethods, fail: EntraFail): TokenReply | undefined {
  const claims = JSON.stringify({ access_token: { capolids: { essential: true, values: [MFA_POLICY_ID] } } });
  if (user.meta.mfa === 'registrationRequired') {
    return fail(
      400,
      'interaction_required',
      50079,
      `Due to a configuration change made by your administrator, or because you moved to a new location, you must ` +
        `enroll in multi-factor authentication to access '${GRAPH_APP_ID}'.`,
      { claims, suberror: 'basic_action' },
    );
  }
  if (user.meta.mfa === 'required' && !amr.includes('mfa')) {
    return fail(
      400,
      'interaction_required',
      50076,
      `Due to a configuration change made by your administrator, or because you moved to a new location, you must ` +
        `use multi-factor authentication to access '${GRAPH_APP_ID}'.`,
      { claims, suberror: 'basic_action' },
    );
  }
  return undefined;
}
