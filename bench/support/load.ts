import http from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { BenchConnector } from './connector';
import { messageActivity } from './activity';
import { summarize, Summary } from './stats';

export interface LoadOptions {
  /** http://127.0.0.1:port of the bot. */
  botUrl: string;
  connector: BenchConnector;
  tenantId: string;
  text: (i: number) => string;
  /** Turns in flight at once. */
  concurrency: number;
  /** At most this many turns ... */
  count: number;
  /** ... and no new turn after this long. */
  maxMs: number;
  /** Distinguishes runs (activity and conversation ids). */
  label: string;
  /** Between turns of one worker (e.g. a rate limit); default none. */
  pauseMs?: (i: number) => number;
}

export interface LoadResult {
  turns: number;
  failures: number;
  firstFailure?: string;
  elapsedMs: number;
  rps: number;
  latency: Summary;
  /** Ids of the first turns, to read their replies from the connector. */
  firstIds: string[];
}

/**
 * The load generator: `concurrency` workers, each in its own conversation, POST messages to
 * /api/messages over keep-alive loopback connections; a turn counts when the bot answered 2xx and its
 * reply reached the connector. Bounded by count and time.
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency });
  const url = new URL('/api/messages', options.botUrl);
  const latencies: number[] = [];
  const firstIds: string[] = [];
  let failures = 0;
  let firstFailure: string | undefined;
  let issued = 0;
  const started = performance.now();
  const deadline = started + options.maxMs;

  const post = (body: string): Promise<number> =>
    new Promise((resolve, reject) => {
      const req = http.request(
        url,
        {
          method: 'POST',
          agent,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        },
      );
      req.setTimeout(60_000, () => req.destroy(new Error('no answer in 60 s')));
      req.on('error', reject);
      req.end(body);
    });

  const worker = async (w: number): Promise<void> => {
    while (issued < options.count && performance.now() < deadline) {
      const i = issued++;
      const id = `${options.label}-${i}`;
      if (firstIds.length < 3) {
        firstIds.push(id);
        options.connector.keepSample(id);
      }
      const body = JSON.stringify(
        messageActivity({
          id,
          text: options.text(i),
          serviceUrl: options.connector.url,
          tenantId: options.tenantId,
          conversation: `a:bench-${options.label}-${w}`,
        }),
      );
      const t0 = performance.now();
      try {
        const replied = options.connector.replied(id);
        const status = await post(body);
        if (status < 200 || status >= 300) throw new Error(`HTTP ${status}`);
        await Promise.race([
          replied,
          new Promise((_, reject) =>
            setTimeout(() => reject(new Error('no reply at the connector in 30 s')), 30_000).unref(),
          ),
        ]);
        latencies.push(performance.now() - t0);
      } catch (error) {
        failures++;
        firstFailure ??= (error as Error).message;
      }
      const pause = options.pauseMs?.(i) ?? 0;
      if (pause > 0) await sleep(pause);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, (_, w) => worker(w)));
  const elapsedMs = performance.now() - started;
  agent.destroy();
  return {
    turns: latencies.length,
    failures,
    firstFailure,
    elapsedMs,
    rps: (latencies.length / elapsedMs) * 1000,
    latency: summarize(latencies),
    firstIds,
  };
}
