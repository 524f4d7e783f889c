import { CodedError, ErrorCode } from '../../errors';

/**
 * GRAPH_BASE_URL split the way the Graph client wants it (host part and version), plus the
 * one check that matters for paging: a next link is followed only when it points back at
 * the same Graph, so the bot's token never goes anywhere else.
 */
export interface GraphEndpoint {
  /** e.g. https://127.0.0.1:8443 */
  origin: string;
  /** Everything before the version, with a trailing slash: https://graph.microsoft.com/ */
  clientBaseUrl: string;
  /** v1.0 */
  version: string;
  /** The configured base with version, without trailing slash. */
  baseUrl: string;
  hostname: string;
}

export function graphEndpoint(baseUrl: string): GraphEndpoint {
  const url = new URL(baseUrl.replace(/\/+$/, ''));
  const segments = url.pathname.split('/').filter((s) => s.length > 0);
  const version = segments.pop() ?? 'v1.0';
  const prefix = segments.length > 0 ? `/${segments.join('/')}/` : '/';
  return {
    origin: url.origin,
    clientBaseUrl: `${url.origin}${prefix}`,
    version,
    baseUrl: `${url.origin}${prefix}${version}`,
    hostname: url.hostname,
  };
}

/** Turns an @odata.nextLink into a path relative to the version root, refusing foreign links. */
export function relativeToGraph(endpoint: GraphEndpoint, link: string): string {
  if (link.startsWith('/')) return link;
  if (!link.startsWith(`${endpoint.baseUrl}/`)) {
    throw new CodedError(
      ErrorCode.GraphUnexpected,
      'Graph returned a next-page link outside the configured Graph base URL; it was not followed.',
      {
        link: link.split('?')[0],
      },
    );
  }
  return link.slice(endpoint.baseUrl.length);
}
