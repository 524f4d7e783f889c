import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request as the fake Graph saw it. */
export interface SeenRequest {
  method: string;
  /** Path without the /v1.0 prefix, query string decoded into `query`. */
  path: string;
  rawUrl: string;
  query: URLSearchParams;
  headers: http.IncomingHttpHeaders;
  body: unknown;
}

export interface FakeReply {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** Never answer (for timeout tests). */
  hang?: boolean;
}

export type FakeHandler = (request: SeenRequest, fake: FakeGraph) => FakeReply | Promise<FakeReply>;

/**
 * A tiny HTTP stand-in for Graph at the edge of unit tests: loopback only, port chosen by
 * the OS, records every request, answers with the handler's reply.
 */
export class FakeGraph {
  readonly requests: SeenRequest[] = [];
  private server?: http.Server;
  private readonly hanging = new Set<http.ServerResponse>();

  constructor(private handler: FakeHandler) {}

  get baseUrl(): string {
    const { port } = this.server?.address() as AddressInfo;
    return `http://127.0.0.1:${port}/v1.0`;
  }

  handle(handler: FakeHandler): void {
    this.handler = handler;
  }

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => void this.serve(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return this;
  }

  async stop(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  private async serve(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://fake');
    const seen: SeenRequest = {
      method: req.method ?? 'GET',
      path: url.pathname.replace(/^\/v1\.0/, ''),
      rawUrl: req.url ?? '',
      query: url.searchParams,
      headers: req.headers,
      body: text ? JSON.parse(text) : undefined,
    };
    this.requests.push(seen);
    const reply = await this.handler(seen, this);
    if (reply.hang) {
      this.hanging.add(res);
      return;
    }
    const headers: Record<string, string> = { 'request-id': `req-${this.requests.length}`, ...reply.headers };
    if (reply.body !== undefined) headers['content-type'] = 'application/json';
    res.writeHead(reply.status, headers);
    res.end(reply.body === undefined ? undefined : JSON.stringify(reply.body));
  }
}

/** Graph's error body shape (§9.2). */
export function graphError(code: string, message: string, requestId = 'graph-request-id'): unknown {
  return {
    error: {
      code,
      message,
      innerError: { date: '2025-02-13T10:17:06', 'request-id': requestId, 'client-request-id': 'x' },
    },
  };
}
