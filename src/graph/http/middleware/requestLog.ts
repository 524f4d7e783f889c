import type { Context } from '@microsoft/microsoft-graph-client';
import type { Logger } from '../../../logging';
import { requiredPermissions } from '../../errors/permissions';
import { pathTemplate } from '../../errors/pathTemplate';
import { TransportFailure } from '../../errors/transportFailure';
import { ChainLink, headersOf, methodOf, urlOf } from './chainLink';

/** What the request hook hears about each HTTP exchange with Graph (benchmarks count these). */
export interface GraphRequestEvent {
  method: string;
  path: string;
  status: number;
  durationMs: number;
  requestId?: string;
  graphCode?: string;
}

export type GraphRequestHook = (event: GraphRequestEvent) => void;

/** A Graph call that took this long is worth a line at info: the user may be waiting on it. */
export const SLOW_GRAPH_CALL_MS = 1000;

/**
 * One log line per HTTP exchange: method, path template (no ids, no query text), status,
 * duration and Graph's request-id. The Authorization header is never read here. A call that
 * went well is logged at debug (an idle bot makes several a minute); a failure at warn and a
 * slow call at info, so LOG_LEVEL=info shows what deserves a look and debug shows every call.
 */
export class RequestLogLink extends ChainLink {
  constructor(
    private readonly logger: Logger,
    private readonly hook?: GraphRequestHook,
    private readonly now: () => number = () => performance.now(),
  ) {
    super();
  }

  async execute(context: Context): Promise<void> {
    const started = this.now();
    const method = methodOf(context);
    const path = pathTemplate(urlOf(context));
    const clientRequestId = headersOf(context)['client-request-id'];
    try {
      await this.callNext(context);
    } catch (error) {
      const durationMs = Math.round(this.now() - started);
      const code = error instanceof TransportFailure ? error.coded.code : 'error';
      this.logger.warn(
        { graph: { method, path, status: 0, durationMs, clientRequestId, failure: code } },
        `Graph ${method} ${path} failed: ${code}`,
      );
      this.hook?.({ method, path, status: 0, durationMs });
      throw error;
    }
    const response = context.response as Response;
    const durationMs = Math.round(this.now() - started);
    const event: GraphRequestEvent = {
      method,
      path,
      status: response.status,
      durationMs,
      requestId: response.headers.get('request-id') ?? undefined,
    };
    if (response.status >= 400) {
      const error = await errorSummary(response);
      event.graphCode = error.code;
      event.requestId ??= error.requestId;
      const permissions = response.status === 403 ? requiredPermissions(method, path) : undefined;
      this.logger.warn(
        { graph: { ...event, clientRequestId, requiredPermissions: permissions } },
        `Graph ${method} ${path} → ${response.status} ${error.code ?? ''}`.trim(),
      );
    } else {
      const level = durationMs >= SLOW_GRAPH_CALL_MS ? 'info' : 'debug';
      const slow = level === 'info' ? ` (slow: ${durationMs} ms)` : '';
      this.logger[level](
        { graph: { ...event, clientRequestId } },
        `Graph ${method} ${path} → ${response.status}${slow}`,
      );
    }
    this.hook?.(event);
  }
}

async function errorSummary(response: Response): Promise<{ code?: string; requestId?: string }> {
  try {
    const body = (await response.clone().json()) as { error?: { code?: string; innerError?: Record<string, string> } };
    return { code: body.error?.code, requestId: body.error?.innerError?.['request-id'] };
  } catch {
    return {};
  }
}
