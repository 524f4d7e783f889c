/**
 * The msal-node authority settings that keep every discovery request on this machine:
 * the OpenID metadata and the instance-discovery answer are supplied up front, so the only
 * request msal sends is the POST to the token endpoint (graph-contract.md §10.1, §10.3).
 * The endpoints follow Entra's layout, so the same values are right for login.microsoftonline.com.
 */
export interface AuthorityOptions {
  authority: string;
  knownAuthorities: string[];
  authorityMetadata: string;
  cloudDiscoveryMetadata: string;
}

export function authorityOptions(authorityHost: string, tenantId: string): AuthorityOptions {
  const host = new URL(authorityHost).host;
  const authority = `${authorityHost.replace(/\/+$/, '')}/${tenantId}`;
  return {
    authority,
    knownAuthorities: [host],
    authorityMetadata: JSON.stringify({
      token_endpoint: `${authority}/oauth2/v2.0/token`,
      authorization_endpoint: `${authority}/oauth2/v2.0/authorize`,
      end_session_endpoint: `${authority}/oauth2/v2.0/logout`,
      jwks_uri: `${authority}/discovery/v2.0/keys`,
      issuer: `${authority}/v2.0`,
    }),
    cloudDiscoveryMetadata: JSON.stringify({
      tenant_discovery_endpoint: `${authority}/v2.0/.well-known/openid-configuration`,
      'api-version': '1.1',
      metadata: [{ preferred_network: host, preferred_cache: host, aliases: [host] }],
    }),
  };
}
