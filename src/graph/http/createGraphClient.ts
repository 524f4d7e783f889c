import { Client } from '@microsoft/microsoft-graph-client';
import type { Logger } from '../../logging';
import type { AccessTokenProvider } from '../auth/accessTokenProvider';
import type { GraphEndpoint } from './graphEndpoint';
import { BearerTokenLink } from './middleware/bearerToken';
import { ClientRequestIdLink } from './middleware/clientRequestId';
import { GraphRequestHook, RequestLogLink } from './middleware/requestLog';
import { DEFAULT_RETRY_POLICY, realSleep, RetryLink, RetryPolicy, Sleep } from './middleware/retry';
import { ReportsBudgetLink } from './middleware/reportsBudgetLink';
import { SendWithTimeoutLink } from './middleware/sendWithTimeout';
import { ReportsBudget } from './reportsBudget';

export interface GraphClientOptions {
  endpoint: GraphEndpoint;
  tokens: AccessTokenProvider;
  timeoutMs: number;
  logger: Logger;
  retry?: RetryPolicy;
  sleep?: Sleep;
  now?: () => number;
  onRequest?: GraphRequestHook;
  /** The tenant's identity and access reports budget (one per gateway, i.e. per tenant). */
  reports?: ReportsBudget;
}

/**
 * The Graph client with our middleware chain, outermost first:
 * client-request-id → retry (Retry-After) → reports budget (log reads) → one log line per attempt → bearer token →
 * send with timeout.
 * Logging sits inside the retry so every throttled attempt is visible and counted.
 */
export function createGraphClient(options: GraphClientOptions): Client {
  const { endpoint } = options;
  return Client.initWithMiddleware({
    baseUrl: endpoint.clientBaseUrl,
    defaultVersion: endpoint.version,
    // Hostname only (no port), as the client compares it; our bearer link checks the full origin anyway.
    customHosts: new Set([endpoint.hostname]),
    middleware: [
      new ClientRequestIdLink(),
      new RetryLink(options.retry ?? DEFAULT_RETRY_POLICY, options.sleep ?? realSleep, options.now),
      new ReportsBudgetLink(options.reports ?? new ReportsBudget()),
      new RequestLogLink(options.logger.child({ component: 'graph' }), options.onRequest),
      new BearerTokenLink(options.tokens, endpoint.origin),
      new SendWithTimeoutLink(options.timeoutMs),
    ],
  });
}
