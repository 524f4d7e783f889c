import crypto from 'node:crypto';
import { activeRoleTemplateIds } from '../store/directoryRoles';
import type { Tenant } from '../store/tenant';
import type { AuthApp, UserRecord } from '../store/types';
import { GRAPH_AUDIENCE, TOKEN_LIFETIME_SECONDS } from './accessToken';
import { signJwt } from './jwt';
import type { SigningKey } from './signingKey';

/** The scope a Teams SSO app exposes (Teams' documentation names it access_as_user). */
export const SSO_SCOPE = 'access_as_user';

/** How the user signed in: `amr` as Entra writes it. */
export type AuthMethods = ('pwd' | 'mfa')[];

const seconds = (now: number): number => Math.floor(now / 1000);
const rand = (n: number): string => crypto.randomBytes(n).toString('base64url');

function userClaims(user: UserRecord, amr: AuthMethods): Record<string, unknown> {
  return {
    oid: user.data.id,
    sub: crypto.createHash('sha256').update(user.data.id).digest('base64url').slice(0, 43),
    name: user.data.displayName,
    amr,
    uti: rand(16),
    rh: '0.simulator.',
  };
}

/**
 * A v2 access token for the app's own API (what Teams hands the bot as the SSO token): audience the app's client id,
 * issued to the client that signed the user in (`azp`), scope `access_as_user`.
 */
export function issueApiToken(
  key: SigningKey,
  authorityHost: string,
  tenant: Tenant,
  api: AuthApp,
  client: AuthApp,
  user: UserRecord,
  amr: AuthMethods,
  now = Date.now(),
): string {
  const iat = seconds(now);
  return signJwt(
    {
      aud: api.clientId,
      iss: `${authorityHost}/${tenant.id}/v2.0`,
      iat,
      nbf: iat,
      exp: iat + TOKEN_LIFETIME_SECONDS,
      azp: client.clientId,
      azpacr: client.publicClient ? '0' : '1',
      preferred_username: user.data.userPrincipalName,
      scp: SSO_SCOPE,
      tid: tenant.id,
      ver: '2.0',
      ...userClaims(user, amr),
    },
    key.privateKeyPem,
    { kid: key.kid },
  );
}

/** A v2 ID token for the client that signed the user in (msal reads the account from it). */
export function issueIdToken(
  key: SigningKey,
  authorityHost: string,
  tenant: Tenant,
  client: AuthApp,
  user: UserRecord,
  nonce: string | undefined,
  now = Date.now(),
): string {
  const iat = seconds(now);
  return signJwt(
    {
      aud: client.clientId,
      iss: `${authorityHost}/${tenant.id}/v2.0`,
      iat,
      nbf: iat,
      exp: iat + TOKEN_LIFETIME_SECONDS,
      ...(nonce ? { nonce } : {}),
      oid: user.data.id,
      sub: user.data.id,
      name: user.data.displayName,
      preferred_username: user.data.userPrincipalName,
      tid: tenant.id,
      ver: '2.0',
    },
    key.privateKeyPem,
    { kid: key.kid },
  );
}

/**
 * A delegated Microsoft Graph token (v1, as Graph's are): the app in `appid`, the user in `oid`/`upn`/`name`, the
 * consented delegated permissions in `scp`, `idtyp=user`. Graph decides with the user's roles at call time.
 */
export function issueDelegatedGraphToken(
  key: SigningKey,
  tenant: Tenant,
  app: AuthApp,
  user: UserRecord,
  scopes: string[],
  amr: AuthMethods,
  now = Date.now(),
): string {
  const iat = seconds(now);
  const issuer = `https://sts.windows.net/${tenant.id}/`;
  // `wids`: the person's active built-in roles when the token was issued, as Entra writes them; Graph itself looks
  // at the directory at call time, so a client must not decide with them.
  const wids = [...activeRoleTemplateIds(tenant, user.data.id)];
  return signJwt(
    {
      aud: GRAPH_AUDIENCE,
      iss: issuer,
      iat,
      nbf: iat,
      exp: iat + TOKEN_LIFETIME_SECONDS,
      acct: 0,
      acr: '1',
      aio: rand(24),
      app_displayname: app.displayName,
      appid: app.clientId,
      appidacr: '1',
      family_name: user.data.surname ?? null,
      given_name: user.data.givenName ?? null,
      idp: issuer,
      idtyp: 'user',
      scp: scopes.join(' '),
      tid: tenant.id,
      unique_name: user.data.userPrincipalName,
      upn: user.data.userPrincipalName,
      ver: '1.0',
      wids,
      ...userClaims(user, amr),
    },
    key.privateKeyPem,
    { x5t: key.kid, kid: key.kid },
  );
}
