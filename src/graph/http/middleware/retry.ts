import { setTimeout as sleep } from 'node:timers/promises';
import type { Context } from '@microsoft/microsoft-graph-client';
import { retryAfterSeconds } from '../../errors/retryAfter';
import { ChainLink, headersOf, methodOf } from './chainLink';

export interface RetryPolicy {
  /** Retries after the first attempt. */
  maxRetries: number;
  /** Total seconds this request may spend waiting; a longer Retry-After is handed to the caller instead. */
  maxTotalWaitSeconds: number;
  /** First backoff when Graph gives no Retry-After; doubled each time. */
  backoffSeconds: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxRetries: 3, maxTotalWaitSeconds: 30, backoffSeconds: 1 };

export type Sleep = (ms: number) => Promise<void>;
export const realSleep: Sleep = (ms) => sleep(ms);

/** 504 may arrive after Graph did the work, so only requests that are safe to repeat retry on it. */
export const REPEATABLE = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'PATCH']);

/**
 * Waits and retries on 429/503 (and 504 for repeatable methods), honouring Retry-After. Owned rather than the Graph
 * client's RetryHandler: that one has no cap on the total wait a turn can afford, and retries any method on 504.
 */
export class RetryLink extends ChainLink {
  constructor(
    private readonly policy: RetryPolicy,
    private readonly sleep: Sleep = realSleep,
    private readonly now: () => number = Date.now,
  ) {
    super();
  }

  async execute(context: Context): Promise<void> {
    let waited = 0;
    for (let attempt = 0; ; attempt++) {
      if (attempt > 0) headersOf(context)['Retry-Attempt'] = String(attempt);
      await this.callNext(context);
      const response = context.response;
      if (!response || !this.shouldRetry(response.status, context) || attempt >= this.policy.maxRetries) return;
      const delay =
        retryAfterSeconds(response.headers.get('retry-after'), this.now()) ?? this.policy.backoffSeconds * 2 ** attempt;
      if (waited + delay > this.policy.maxTotalWaitSeconds) return;
      // Free the connection of the answer we are dropping.
      await response.arrayBuffer().catch(() => undefined);
      await this.sleep(delay * 1000);
      waited += delay;
    }
  }

  private shouldRetry(status: number, context: Context): boolean {
    const body = context.options?.body;
    const resendable = body === undefined || body === null || typeof body === 'string';
    if (!resendable) return false;
    if (status === 429 || status === 503) return true;
    return status === 504 && REPEATABLE.has(methodOf(context));
  }
}
