import crypto from 'node:crypto';
import type { ActingUser } from '../domain';

/** Where the tenant simulator's sign-in page is, and whom it signs in for. */
export interface SimulatorSignInOptions {
  authorityHost: string;
  tenantId: string;
  /** The client Teams signs in with (the simulator's stand-in for Teams' own public client). */
  teamsClientId: string;
  /** The bot's Application ID URI (api://botid-…): the SSO token's audience. */
  resource: string;
}

const REDIRECT_URI = 'http://localhost/';

/**
 * Local mode's stand-in for Teams' silent SSO (the Playground has none): the person is signed in on the simulator's
 * sign-in page (authorization code with PKCE, the person picked by their object id, no password), and the SSO token
 * it issues goes through the same on-behalf-of exchange as a Teams token would.
 */
export function simulatorSignIn(options: SimulatorSignInOptions): (user: ActingUser) => Promise<string> {
  const base = `${options.authorityHost.replace(/\/+$/, '')}/${options.tenantId}/oauth2/v2.0`;
  const scope = `${options.resource}/access_as_user openid profile`;
  return async (user) => {
    const verifier = crypto.randomBytes(32).toString('base64url');
    const state = crypto.randomUUID();
    const authorize = await postForm(`${base}/authorize`, {
      client_id: options.teamsClientId,
      response_type: 'code',
      redirect_uri: REDIRECT_URI,
      scope,
      code_challenge: crypto.createHash('sha256').update(verifier).digest('base64url'),
      code_challenge_method: 'S256',
      state,
      user: user.aadObjectId,
    });
    const location = authorize.headers.get('location');
    const back = location ? new URL(location) : undefined;
    const code = back?.searchParams.get('code');
    if (!back || !code || back.searchParams.get('state') !== state)
      throw new Error(`the simulator's sign-in page did not sign ${user.aadObjectId} in (HTTP ${authorize.status})`);
    const redeemed = await postForm(`${base}/token`, {
      grant_type: 'authorization_code',
      client_id: options.teamsClientId,
      code,
      redirect_uri: REDIRECT_URI,
      code_verifier: verifier,
      scope,
    });
    const body = (await redeemed.json()) as { access_token?: string; error?: string };
    if (!body.access_token)
      throw new Error(`the simulator did not redeem the sign-in code (${body.error ?? 'no token'})`);
    return body.access_token;
  };
}

function postForm(url: string, form: Record<string, string>): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form),
    redirect: 'manual',
  });
}
