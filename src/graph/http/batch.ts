import { CodedError } from '../../errors';
import { codedFromFailure } from '../errors/mapGraphError';
import type { GraphHttp, Headers } from './graphHttp';
import { retryAfterSeconds } from '../errors/retryAfter';
import { REPEATABLE, RetryPolicy, Sleep } from './middleware/retry';

/** Graph's JSON $batch takes at most 20 requests. */
export const MAX_BATCH_REQUESTS = 20;

export interface BatchItem {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Relative to the version root, e.g. /servicePrincipals/{id}/synchronization/jobs */
  url: string;
  body?: unknown;
  headers?: Headers;
}

export type BatchOutcome = { ok: true; status: number; body: unknown } | { ok: false; error: CodedError };

interface BatchResponseItem {
  id: string;
  status: number;
  headers?: Record<string, string>;
  body?: { error?: { code?: string; message?: string; innerError?: Record<string, string> } } & Record<string, unknown>;
}

export type Batcher = (items: BatchItem[]) => Promise<BatchOutcome[]>;

/**
 * Sends many requests in $batch round trips of up to 20, in parallel, and answers in the
 * order asked. Items Graph throttled inside a batch are not retried by the SDK, so they are
 * sent again here after their Retry-After, within the same retry policy as single requests
 * (and, as for single requests, a 504 only for methods that are safe to repeat).
 */
export function createBatcher(http: GraphHttp, policy: RetryPolicy, sleep: Sleep): Batcher {
  const sendChunk = async (items: BatchItem[]): Promise<BatchOutcome[]> => {
    const outcomes: BatchOutcome[] = new Array(items.length);
    let pending = items.map((_, index) => index);
    let waited = 0;
    for (let attempt = 0; pending.length > 0; attempt++) {
      const responses = await post(
        http,
        pending.map((index) => items[index]),
      );
      const throttled: number[] = [];
      let wait = 0;
      pending.forEach((index, position) => {
        const response = responses.get(String(position + 1));
        const outcome = toOutcome(items[index], response);
        outcomes[index] = outcome;
        if (response && retriable(items[index], response.status)) {
          throttled.push(index);
          wait = Math.max(
            wait,
            retryAfterSeconds(header(response, 'retry-after')) ?? policy.backoffSeconds * 2 ** attempt,
          );
        }
      });
      if (throttled.length === 0 || attempt >= policy.maxRetries || waited + wait > policy.maxTotalWaitSeconds) break;
      await sleep(wait * 1000);
      waited += wait;
      pending = throttled;
    }
    return outcomes;
  };

  return async (items) => {
    const chunks: BatchItem[][] = [];
    for (let i = 0; i < items.length; i += MAX_BATCH_REQUESTS) chunks.push(items.slice(i, i + MAX_BATCH_REQUESTS));
    const results = await Promise.all(chunks.map(sendChunk));
    return results.flat();
  };
}

async function post(http: GraphHttp, items: BatchItem[]): Promise<Map<string, BatchResponseItem>> {
  const requests = items.map((item, position) => {
    // Graph requires a Content-Type header on every batched request that has a body.
    const headers = item.body === undefined ? item.headers : { 'Content-Type': 'application/json', ...item.headers };
    return {
      id: String(position + 1),
      method: item.method,
      url: item.url,
      ...(headers ? { headers } : {}),
      ...(item.body === undefined ? {} : { body: item.body }),
    };
  });
  try {
    const answer = await http.post<{ responses?: BatchResponseItem[] }>('/$batch', { requests });
    return new Map((answer?.responses ?? []).map((r) => [String(r.id), r]));
  } catch (error) {
    // Older Graph documentation fails the whole batch with 424 when items were throttled: treat it as throttling of
    // every item.
    if (!(error instanceof CodedError) || error.details.status !== 424) throw error;
    const throttled: BatchResponseItem = {
      id: '',
      status: 429,
      body: { error: { code: 'TooManyRequests', message: 'The whole $batch failed with 424 Failed Dependency.' } },
    };
    return new Map(requests.map((r) => [r.id, { ...throttled, id: r.id }]));
  }
}

function toOutcome(item: BatchItem, response: BatchResponseItem | undefined): BatchOutcome {
  const call = { method: item.method, path: item.url };
  if (!response) {
    return {
      ok: false,
      error: codedFromFailure(
        { status: 502, graphMessage: 'The $batch answer had no response for this request.' },
        call,
      ),
    };
  }
  if (response.status < 400) return { ok: true, status: response.status, body: response.body };
  const error = response.body?.error;
  return {
    ok: false,
    error: codedFromFailure(
      {
        status: response.status,
        graphCode: error?.code,
        graphMessage: error?.message,
        requestId: error?.innerError?.['request-id'] ?? header(response, 'request-id'),
        retryAfter: header(response, 'retry-after'),
      },
      call,
    ),
  };
}

function retriable(item: BatchItem, status: number): boolean {
  return status === 429 || status === 503 || (status === 504 && REPEATABLE.has(item.method));
}

function header(response: BatchResponseItem, name: string): string | undefined {
  const entry = Object.entries(response.headers ?? {}).find(([key]) => key.toLowerCase() === name);
  return entry?.[1];
}
