import type { Tenant } from '../store/tenant';
import type { AuthApp } from '../store/types';
import { SSO_SCOPE } from './userTokens';

/** Scopes OpenID Connect adds to every request; they name no resource. */
export const OIDC_SCOPES = new Set(['openid', 'profile', 'email', 'offline_access']);

/**
 * The app whose API a scope such as "api://botid-{id}/access_as_user" (or "{clientId}/access_as_user") names, and
 * the scope's value; undefined when no app of the tenant exposes it.
 */
export function apiForScope(tenant: Tenant, scope: string): { api: AuthApp; scope: string } | undefined {
  const slash = scope.lastIndexOf('/');
  if (slash <= 0) return undefined;
  const resource = scope.slice(0, slash);
  const value = scope.slice(slash + 1);
  if (value !== SSO_SCOPE && value !== '.default') return undefined;
  for (const app of tenant.authApps.values()) {
    if (app.clientId === resource || app.identifierUris?.includes(resource)) return { api: app, scope: SSO_SCOPE };
  }
  return undefined;
}

/** Loopback redirect URIs are accepted on any port, as Entra does for http://localhost on public clients. */
export function redirectAllowed(uri: string): boolean {
  try {
    const u = new URL(uri);
    return (
      (u.protocol === 'http:' || u.protocol === 'https:') && ['localhost', '127.0.0.1', '[::1]'].includes(u.hostname)
    );
  } catch {
    return false;
  }
}
