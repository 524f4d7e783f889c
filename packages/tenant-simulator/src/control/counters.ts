import type http from 'node:http';

/** Time the simulator spent answering, from the request's arrival to the last byte of its answer. */
export interface ServedTime {
  count: number;
  totalMs: number;
}

/** Requests by "METHOD /path/template", so benchmarks can count Graph calls per bot command. */
export class RequestCounters {
  private byTemplate = new Map<string, number>();
  private batchItems = new Map<string, number>();
  private total = 0;
  private since = new Date().toISOString();
  private served: Record<'graph' | 'identity', ServedTime> = {
    graph: { count: 0, totalMs: 0 },
    identity: { count: 0, totalMs: 0 },
  };

  record(key: string): void {
    this.total++;
    this.byTemplate.set(key, (this.byTemplate.get(key) ?? 0) + 1);
  }

  recordBatchItem(key: string): void {
    this.batchItems.set(key, (this.batchItems.get(key) ?? 0) + 1);
  }

  /** Benchmarks compare a bot turn's latency with the simulator's own time for the calls the turn made. */
  recordServed(kind: 'graph' | 'identity', ms: number): void {
    this.served[kind].count++;
    this.served[kind].totalMs += ms;
  }

  snapshot(): {
    since: string;
    total: number;
    requests: Record<string, number>;
    batchItems: Record<string, number>;
    servedMs: Record<'graph' | 'identity', ServedTime>;
  } {
    return {
      since: this.since,
      total: this.total,
      requests: Object.fromEntries(this.byTemplate),
      batchItems: Object.fromEntries(this.batchItems),
      servedMs: { graph: { ...this.served.graph }, identity: { ...this.served.identity } },
    };
  }

  reset(): void {
    this.byTemplate = new Map();
    this.batchItems = new Map();
    this.total = 0;
    this.since = new Date().toISOString();
    this.served = { graph: { count: 0, totalMs: 0 }, identity: { count: 0, totalMs: 0 } };
  }
}

/** Times every Graph and sign-in request the server answers (the control API is not counted). */
export function timeServedRequests(server: http.Server, counters: RequestCounters): void {
  server.prependListener('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    const url = req.url ?? '/';
    if (url.startsWith('/_simulator')) return;
    const kind = url.startsWith('/v1.0') ? 'graph' : 'identity';
    const started = process.hrtime.bigint();
    res.once('finish', () => counters.recordServed(kind, Number(process.hrtime.bigint() - started) / 1e6));
  });
}
