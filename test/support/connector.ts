import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Activity } from 'botbuilder';

export interface ReceivedActivity {
  method: 'POST' | 'PUT' | 'DELETE';
  conversationId: string;
  /** The activity replied to (POST), updated (PUT) or deleted (DELETE). */
  activityId?: string;
  activity: Partial<Activity>;
  /** The id this connector gave the activity. */
  id: string;
  authorization?: string;
}

export interface LocalConnector {
  /** The serviceUrl to put on activities sent to the bot. */
  url: string;
  received: ReceivedActivity[];
  /** Resolves with the first received activity (already here or still to come) that matches. */
  waitFor(match: (r: ReceivedActivity) => boolean): Promise<ReceivedActivity>;
  close(): Promise<void>;
}

const ROUTE = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?\/?$/;

/**
 * A local Bot Connector: the part of the Bot Framework service a bot calls back to send,
 * update and delete its messages. Activities are kept in order of arrival.
 */
export async function startConnector(): Promise<LocalConnector> {
  const received: ReceivedActivity[] = [];
  const waiters: Array<{ match: (r: ReceivedActivity) => boolean; resolve: (r: ReceivedActivity) => void }> = [];
  let next = 1;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const route = ROUTE.exec((req.url ?? '').split('?')[0]);
      const method = req.method as ReceivedActivity['method'];
      if (!route || !['POST', 'PUT', 'DELETE'].includes(method) || (method !== 'POST' && !route[2])) {
        // (no chaining on writeHead: restify, loaded in the same process, patches it to return nothing)
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { code: 'NotFound', message: `${req.method} ${req.url}` } }));
        return;
      }
      const body = chunks.length ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Partial<Activity>) : {};
      const entry: ReceivedActivity = {
        method,
        conversationId: decodeURIComponent(route[1]),
        activityId: route[2] ? decodeURIComponent(route[2]) : undefined,
        activity: body,
        id: method === 'PUT' && route[2] ? decodeURIComponent(route[2]) : `connector-${next++}`,
        authorization: req.headers.authorization,
      };
      received.push(entry);
      for (const w of waiters.splice(0)) {
        if (w.match(entry)) w.resolve(entry);
        else waiters.push(w);
      }
      res.writeHead(method === 'DELETE' ? 200 : 201, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: entry.id }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    received,
    waitFor: (match) => {
      const found = received.find(match);
      return found ? Promise.resolve(found) : new Promise((resolve) => waiters.push({ match, resolve }));
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
