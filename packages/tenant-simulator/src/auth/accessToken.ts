import crypto from 'node:crypto';
import { unauthenticated } from '../http/errors';
import type { SimulatorState, Tenant } from '../store/tenant';
import type { AuthApp } from '../store/types';
import { decodeJwt, signJwt } from './jwt';
import type { SigningKey } from './signingKey';

export const GRAPH_AUDIENCE = 'https://graph.microsoft.com';
export const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';
export const TOKEN_LIFETIME_SECONDS = 3599;

/** An app-only Graph access token shaped like Entra's v1 tokens (tid, appid, roles, oid, idtyp=app). */
export function issueAccessToken(
  key: SigningKey,
  tenant: Tenant,
  app: AuthApp,
  viaCertificate: boolean,
  now = Date.now(),
): string {
  const iat = Math.floor(now / 1000);
  const issuer = `https://sts.windows.net/${tenant.id}/`;
  return signJwt(
    {
      aud: GRAPH_AUDIENCE,
      iss: issuer,
      iat,
      nbf: iat,
      exp: iat + TOKEN_LIFETIME_SECONDS,
      aio: crypto.randomBytes(24).toString('base64'),
      app_displayname: app.displayName,
      appid: app.clientId,
      appidacr: viaCertificate ? '2' : '1',
      idp: issuer,
      idtyp: 'app',
      oid: app.servicePrincipalId,
      rh: '0.simulator.',
      roles: [...app.roles],
      sub: app.servicePrincipalId,
      tenant_region_scope: 'EU',
      tid: tenant.id,
      uti: crypto.randomBytes(16).toString('base64url'),
      ver: '1.0',
      wids: ['0997a1d0-0d1d-4acb-b408-d5ca73121e90'],
    },
    key.privateKeyPem,
    { x5t: key.kid, kid: key.kid },
  );
}

export interface Caller {
  tenant: Tenant;
  /** The app as the token describes it: roles come from the token, as Graph authorizes by the token's claims. */
  app: AuthApp;
  /** The signed-in person of a delegated token (absent for app-only tokens). */
  user?: { id: string; displayName: string; userPrincipalName: string };
  /** A delegated token's `scp`: the delegated permissions the app may use on the person's behalf. */
  scopes?: string[];
}

/** Validates the bearer token of a Graph request; 401 InvalidAuthenticationToken otherwise. */
export function authenticate(
  authorization: string | undefined,
  key: SigningKey,
  state: SimulatorState,
  now = Date.now(),
): Caller {
  if (!authorization || authorization.trim() === '') throw unauthenticated('Access token is empty.');
  const m = /^Bearer\s+(.+)$/i.exec(authorization.trim());
  if (!m) throw unauthenticated('Access token is empty.');
  const jwt = decodeJwt(m[1]);
  if (!jwt) throw unauthenticated('CompactToken parsing failed with error code: 80049217');
  const ok =
    jwt.header.alg === 'RS256' &&
    crypto.verify('RSA-SHA256', Buffer.from(jwt.signingInput), key.publicKey, jwt.signature);
  if (!ok) throw unauthenticated('Access token validation failure. Invalid signature.');
  const p = jwt.payload;
  if (p.aud !== GRAPH_AUDIENCE && p.aud !== GRAPH_APP_ID)
    throw unauthenticated('Access token validation failure. Invalid audience.');
  if (typeof p.exp !== 'number' || p.exp * 1000 <= now)
    throw unauthenticated('Lifetime validation failed, the token is expired.');
  const tenant = typeof p.tid === 'string' ? state.get(p.tid) : undefined;
  const app = tenant && typeof p.appid === 'string' ? tenant.authApps.get(p.appid) : undefined;
  if (!tenant || !app) throw unauthenticated('Access token validation failure.');
  if (p.idtyp === 'user' || typeof p.scp === 'string') {
    const user = typeof p.oid === 'string' ? tenant.users.get(p.oid) : undefined;
    if (!user || user.meta.softDeleted || !user.data.accountEnabled)
      throw unauthenticated('Access token validation failure. The user of the token no longer exists or is disabled.');
    const { id, displayName, userPrincipalName } = user.data;
    const scopes = typeof p.scp === 'string' ? p.scp.split(' ').filter(Boolean) : [];
    return { tenant, app: { ...app, roles: [] }, user: { id, displayName, userPrincipalName }, scopes };
  }
  const roles = Array.isArray(p.roles) ? p.roles.filter((r): r is string => typeof r === 'string') : [];
  return { tenant, app: { ...app, roles } };
}
