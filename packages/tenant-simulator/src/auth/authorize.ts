import type { SimulatorState, Tenant } from '../store/tenant';
import type { UserRecord } from '../store/types';
import { apiForScope, OIDC_SCOPES, redirectAllowed } from './apiScopes';
import type { AuthCodes } from './authCodes';
import type { AuthMethods } from './userTokens';

export interface PageReply {
  status: number;
  body?: string;
  headers: Record<string, string>;
}

const HTML = { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' };
const LISTED_USERS = 100;

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * /{tenant}/oauth2/v2.0/authorize (authorization code flow with PKCE): GET shows a sign-in page listing the tenant's
 * members; POST with `user` (id or UPN) signs that person in and redirects to redirect_uri with a code. The page has
 * no password: the simulator stands in for the person's own sign-in. A `claims` challenge (Conditional Access) is
 * answered by signing in with multifactor authentication, unless the person has not registered a method.
 */
export function authorize(
  state: SimulatorState,
  codes: AuthCodes,
  tenantSegment: string,
  method: string,
  params: URLSearchParams,
): PageReply {
  const tenant = state.get(tenantSegment) ?? state.byDomain(tenantSegment);
  if (!tenant) return page(400, `AADSTS90002: Tenant '${escapeHtml(tenantSegment)}' not found.`);
  const clientId = params.get('client_id') ?? '';
  const client = tenant.authApps.get(clientId);
  if (!client) {
    return page(
      400,
      `AADSTS700016: Application with identifier '${escapeHtml(clientId)}' was not found in the directory ` +
        `'${escapeHtml(tenant.displayName)}'.`,
    );
  }
  const redirectUri = params.get('redirect_uri') ?? '';
  if (!redirectAllowed(redirectUri)) {
    return page(
      400,
      `AADSTS50011: The redirect URI '${escapeHtml(redirectUri)}' specified in the request does not match the ` +
        `redirect URIs configured for the application '${escapeHtml(clientId)}'.`,
    );
  }
  const back = (query: Record<string, string>): PageReply => {
    const url = new URL(redirectUri);
    for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
    const st = params.get('state');
    if (st !== null) url.searchParams.set('state', st);
    return { status: 302, headers: { Location: url.toString(), 'Cache-Control': 'no-store' } };
  };
  const refuse = (error: string, description: string): PageReply => back({ error, error_description: description });
  if (params.get('response_type') !== 'code')
    return refuse('unsupported_response_type', 'AADSTS700054: response_type must be code.');
  const challenge = params.get('code_challenge') ?? undefined;
  if (challenge !== undefined && params.get('code_challenge_method') !== 'S256')
    return refuse('invalid_request', 'AADSTS501491: Invalid code_challenge_method; use S256.');
  if (client.publicClient && challenge === undefined)
    return refuse(
      'invalid_request',
      "AADSTS9002325: Proof Key for Code Exchange is required for this client's redirect.",
    );
  const scopes = (params.get('scope') ?? '').split(/\s+/).filter(Boolean);
  const apiScopes = scopes.filter((s) => !OIDC_SCOPES.has(s));
  const target = apiScopes.length === 1 ? apiForScope(tenant, apiScopes[0]) : undefined;
  if (!target) {
    return refuse(
      'invalid_scope',
      `AADSTS70011: The provided value for the input parameter 'scope' is not valid. Ask for one scope of an ` +
        `API this tenant's apps expose, e.g. api://botid-{clientId}/access_as_user.`,
    );
  }
  const chosen = params
    .getAll('user')
    .find((u) => u.trim() !== '')
    ?.trim();
  if (method !== 'POST' || !chosen) return page(200, signInForm(tenant, params));
  const user = tenant.users.find(chosen);
  if (!user || user.meta.softDeleted || user.data.userType !== 'Member') {
    return page(400, `AADSTS50034: The user account ${escapeHtml(chosen)} does not exist in the directory.`);
  }
  if (!user.data.accountEnabled) return refuse('invalid_grant', 'AADSTS50057: The user account is disabled.');
  const amr: AuthMethods = params.get('claims') && user.meta.mfa !== 'registrationRequired' ? ['pwd', 'mfa'] : ['pwd'];
  const code = codes.issue({
    tenantId: tenant.id,
    clientId,
    apiClientId: target.api.clientId,
    userId: user.data.id,
    redirectUri,
    scopes: [...scopes.filter((s) => OIDC_SCOPES.has(s)), apiScopes[0]],
    codeChallenge: challenge,
    nonce: params.get('nonce') ?? undefined,
    amr,
  });
  return back({ code });
}

function page(status: number, message: string): PageReply {
  const body = `<!doctype html><html><head><title>Sign in</title></head><body><p>${message}</p></body></html>`;
  return { status, body, headers: HTML };
}

function signInForm(tenant: Tenant, params: URLSearchParams): string {
  const hint = params.get('login_hint');
  const hinted = hint ? tenant.users.find(hint) : undefined;
  const people: UserRecord[] = hinted
    ? [hinted]
    : [...tenant.users.all()]
        .filter((u) => u.data.userType === 'Member' && u.data.accountEnabled && !u.meta.softDeleted)
        .sort((a, b) => a.data.displayName.localeCompare(b.data.displayName))
        .slice(0, LISTED_USERS);
  const hidden = [...params]
    .filter(([k]) => k !== 'user')
    .map(([k, v]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(v)}">`)
    .join('');
  const buttons = people
    .map(
      (u) =>
        `<li><button name="user" value="${escapeHtml(u.data.id)}">${escapeHtml(u.data.displayName)}` +
        ` (${escapeHtml(u.data.userPrincipalName)})</button></li>`,
    )
    .join('');
  return (
    `<!doctype html><html><head><title>Sign in to ${escapeHtml(tenant.displayName)}</title></head><body>` +
    `<h1>Pick an account</h1><form method="post">${hidden}<ul>${buttons}</ul>` +
    `<p><label>Or a user name <input name="user" type="text"></label> <button>Sign in</button></p>` +
    `</form></body></html>`
  );
}
