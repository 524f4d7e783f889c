import crypto from 'node:crypto';
import type { SimulatorConnection, TenantConnection } from './connection';

const REDIRECT_URI = 'http://localhost/';

export function tenantOf(connection: SimulatorConnection, tenant?: string): TenantConnection {
  const t = tenant
    ? connection.tenants.find((x) => [x.name.toLowerCase(), x.domain, x.tenantId].includes(tenant.toLowerCase()))
    : connection.tenants.find((x) => x.role === 'source');
  if (!t) throw new Error(`no simulated tenant ${tenant}`);
  return t;
}

async function postForm(url: string, form: Record<string, string>): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form),
    redirect: 'manual',
  });
}

/**
 * Signs a person in as Teams would for the bot's SSO token: the authorization code flow with PKCE against the
 * simulator's authorize endpoint (picking the person on its sign-in page), then the code redeemed at the token
 * endpoint. With `mfa`, the sign-in answers a Conditional Access claims challenge with multifactor authentication.
 */
export async function signInForSso(
  connection: SimulatorConnection,
  user: string,
  options: { tenant?: string; mfa?: boolean } = {},
): Promise<string> {
  const t = tenantOf(connection, options.tenant);
  const base = `${connection.authorityHost}/${t.tenantId}/oauth2/v2.0`;
  const verifier = crypto.randomBytes(32).toString('base64url');
  const state = crypto.randomUUID();
  const authorize = await postForm(`${base}/authorize`, {
    client_id: t.ssoClientId,
    response_type: 'code',
    redirect_uri: REDIRECT_URI,
    scope: `${t.appIdUri}/access_as_user openid profile`,
    code_challenge: crypto.createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
    state,
    user,
    ...(options.mfa ? { claims: JSON.stringify({ access_token: { amr: { essential: true, values: ['mfa'] } } }) } : {}),
  });
  const location = authorize.headers.get('location');
  const back = location ? new URL(location) : undefined;
  const code = back?.searchParams.get('code');
  if (!back || !code || back.searchParams.get('state') !== state)
    throw new Error(
      `sign-in failed (${authorize.status}): ` +
        (back?.searchParams.get('error_description') ?? (await authorize.text())),
    );
  const res = await postForm(`${base}/token`, {
    grant_type: 'authorization_code',
    client_id: t.ssoClientId,
    code,
    redirect_uri: REDIRECT_URI,
    code_verifier: verifier,
    scope: `${t.appIdUri}/access_as_user openid profile`,
  });
  const json = (await res.json()) as { access_token?: string };
  if (!json.access_token) throw new Error(`code redemption failed: ${JSON.stringify(json)}`);
  return json.access_token;
}

/** The token endpoint's answer to the bot's on-behalf-of request (status and JSON body, success or Entra's error). */
export async function onBehalfOf(
  connection: SimulatorConnection,
  assertion: string,
  options: { tenant?: string; scope?: string } = {},
): Promise<{ status: number; body: Record<string, unknown> }> {
  const t = tenantOf(connection, options.tenant);
  const res = await postForm(`${connection.authorityHost}/${t.tenantId}/oauth2/v2.0/token`, {
    grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
    requested_token_use: 'on_behalf_of',
    client_id: t.clientId,
    client_secret: t.clientSecret,
    assertion,
    scope: options.scope ?? 'https://graph.microsoft.com/.default',
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}
