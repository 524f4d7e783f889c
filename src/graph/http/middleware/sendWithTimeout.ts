import type { Context } from '@microsoft/microsoft-graph-client';
import { CodedError, ErrorCode } from '../../../errors';
import { pathTemplate } from '../../errors/pathTemplate';
import { TransportFailure } from '../../errors/transportFailure';
import { ChainLink, methodOf, urlOf } from './chainLink';

const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

/**
 * The last link: sends the request with fetch and reads the whole answer within the
 * per-request timeout (a Graph that sends headers and then stalls counts as a timeout too).
 */
export class SendWithTimeoutLink extends ChainLink {
  constructor(private readonly timeoutMs: number) {
    super();
  }

  async execute(context: Context): Promise<void> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.timeoutMs);
    try {
      const response = await fetch(context.request, { ...(context.options as RequestInit), signal: controller.signal });
      const body = NULL_BODY_STATUSES.has(response.status) ? null : await response.arrayBuffer();
      context.response = new Response(body, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
    } catch (error) {
      throw new TransportFailure(controller.signal.aborted ? this.timedOut(context) : unreachable(context, error));
    } finally {
      clearTimeout(timer);
    }
  }

  private timedOut(context: Context): CodedError {
    return new CodedError(
      ErrorCode.GraphTimeout,
      `Graph did not answer ${methodOf(context)} ${pathTemplate(urlOf(context))} within ${this.timeoutMs} ms. Try ` +
        `again; if it keeps happening raise GRAPH_TIMEOUT_MS or check the network to Graph.`,
      { timeoutMs: this.timeoutMs },
    );
  }
}

const CERTIFICATE_CODES = new Set([
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

function unreachable(context: Context, error: unknown): CodedError {
  const origin = new URL(urlOf(context)).origin;
  const cause = (error as { cause?: { code?: string } }).cause;
  const code = cause?.code ?? 'unknown';
  let advice = `check GRAPH_BASE_URL and the network path to ${origin}`;
  if (code === 'ECONNREFUSED')
    advice = `nothing is listening at ${origin}: check GRAPH_BASE_URL (is the simulator running?)`;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
    advice = `the host of ${origin} is unknown: check GRAPH_BASE_URL and DNS`;
  if (CERTIFICATE_CODES.has(code)) {
    advice =
      `the TLS certificate of ${origin} is not trusted (${code}): for the simulator start the bot with ` +
      `NODE_EXTRA_CA_CERTS set to its ca.pem`;
  }
  return new CodedError(
    ErrorCode.GraphUnreachable,
    `Graph could not be reached: ${advice}.`,
    { networkCode: code },
    { cause: error },
  );
}
