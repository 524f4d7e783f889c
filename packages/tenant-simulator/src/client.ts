import { onBehalfOf, signInForSso, tenantOf } from './clientSignIn';
import type { SimulatorConnection } from './connection';

/** A parsed JSON reply of the control API: whatever shape the caller then checks. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ControlReply = { status: number; body: any };

/** What tests, demos and benchmarks do to a running simulator, over HTTPS like any client. */
export interface SimulatorClient {
  /** Calls the control API (/_simulator/...) with the control token; returns the status and the parsed JSON. */
  control(method: string, controlPath: string, body?: unknown): Promise<ControlReply>;
  /** An app-only Graph token for a tenant (by name, domain or id; default the source), as msal-node would get it. */
  token(tenant?: string, options?: { limited?: boolean }): Promise<string>;
  /**
   * The SSO token Teams would hand the bot for a person (id or UPN), through the sign-in page (authorization code
   * with PKCE); `mfa` signs in with multifactor authentication.
   */
  userAssertion(user: string, options?: { tenant?: string; mfa?: boolean }): Promise<string>;
  /** The bot's on-behalf-of request with an assertion: Entra's answer, a delegated Graph token or an error. */
  onBehalfOf(
    assertion: string,
    options?: { tenant?: string; scope?: string },
  ): Promise<{ status: number; body: Record<string, unknown> }>;
  /** A person's active and PIM-eligible directory roles (by name) and Conditional Access MFA requirement. */
  setUserAccess(
    user: string,
    access: { roles?: string[]; eligibleRoles?: string[]; mfa?: 'required' | 'registrationRequired' | null },
    tenant?: string,
  ): Promise<ControlReply>;
  /**
   * A change "as an admin in the portal": the Graph request (path after /v1.0) runs as the named user of the tenant
   * (id or userPrincipalName) and is audited with that user as initiator; returns Graph's status and body.
   */
  portal(tenant: string, user: string, method: string, graphPath: string, body?: unknown): Promise<ControlReply>;
}

export function simulatorClient(connection: SimulatorConnection): SimulatorClient {
  const control: SimulatorClient['control'] = async (method, controlPath, body) => {
    const res = await fetch(`${connection.controlUrl}${controlPath.startsWith('/') ? '' : '/'}${controlPath}`, {
      method,
      headers: { Authorization: `Bearer ${connection.controlToken}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  };
  return {
    control,
    portal: (tenant, user, method, graphPath, body) =>
      control('POST', `/portal/${encodeURIComponent(tenant)}`, { user, method, path: graphPath, body }),
    userAssertion: (user, options) => signInForSso(connection, user, options),
    onBehalfOf: (assertion, options) => onBehalfOf(connection, assertion, options),
    setUserAccess: (user, access, tenant) =>
      control(
        'PATCH',
        `/tenants/${tenantOf(connection, tenant).tenantId}/users/${encodeURIComponent(user)}/access`,
        access,
      ),
    async token(tenant, options = {}) {
      const t = tenantOf(connection, tenant);
      const clientId = options.limited ? t.limitedClientId : t.clientId;
      const secret = options.limited ? t.limitedClientSecret : t.clientSecret;
      if (!clientId || !secret) throw new Error(`tenant ${t.name} has no limited app`);
      const res = await fetch(`${connection.authorityHost}/${t.tenantId}/oauth2/v2.0/token`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          client_id: clientId,
          client_secret: secret,
          // The scope a Graph client asks for; the simulator's token endpoint checks it as Entra does.
          scope: 'https://graph.microsoft.com/.default',
        }),
      });
      const json = (await res.json()) as { access_token?: string };
      if (!json.access_token) throw new Error(`token request failed: ${JSON.stringify(json)}`);
      return json.access_token;
    },
  };
}
