import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One send (POST) or update (PUT) the bot made, with when it arrived and the text of its card. */
export interface CardEvent {
  at: number;
  method: 'POST' | 'PUT';
  conversationId: string;
  /** The id this connector gave a POST, or the updated activity's id for a PUT. */
  id: string;
  replyToId?: string;
  /** Every string of the attached card (or the text), for "does it say X" checks. */
  text: string;
}

export interface CardConnector {
  url: string;
  /** Resolves with the first event (already here or to come) after index `from` that matches. */
  next(from: number, match: (e: CardEvent) => boolean, timeoutMs?: number): Promise<CardEvent>;
  count(): number;
  close(): Promise<void>;
}

const ROUTE = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?\/?$/;

/** A local Bot Connector that keeps the time and text of each card sent or updated (a few hundred at most). */
export async function startCardConnector(): Promise<CardConnector> {
  const events: CardEvent[] = [];
  const waiters = new Set<() => void>();
  let next = 1;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const at = Date.now();
      const route = ROUTE.exec((req.url ?? '').split('?')[0]);
      const method = req.method as CardEvent['method'];
      if (!route || (method !== 'POST' && method !== 'PUT')) {
        res.writeHead(req.method === 'DELETE' ? 200 : 404, { 'content-type': 'application/json' });
        res.end('{}');
        return;
      }
      const body = chunks.length
        ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
            replyToId?: string;
            type?: string;
            text?: string;
            attachments?: unknown[];
          })
        : {};
      const id = method === 'PUT' && route[2] ? decodeURIComponent(route[2]) : `connector-${next++}`;
      if (body.type !== 'typing') {
        events.push({
          at,
          method,
          conversationId: decodeURIComponent(route[1]),
          id,
          replyToId: body.replyToId,
          text: `${body.text ?? ''} ${JSON.stringify(body.attachments ?? [])}`,
        });
        for (const wake of [...waiters]) wake();
      }
      res.writeHead(201, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    count: () => events.length,
    next: (from, match, timeoutMs = 120_000) =>
      new Promise((resolve, reject) => {
        const look = () => {
          const found = events.slice(from).find(match);
          if (!found) return false;
          waiters.delete(look);
          clearTimeout(timer);
          resolve(found);
          return true;
        };
        const timer = setTimeout(() => {
          waiters.delete(look);
          reject(new Error(`no matching card within ${timeoutMs} ms`));
        }, timeoutMs);
        if (!look()) waiters.add(look);
      }),
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
