import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface BenchConnector {
  /** The serviceUrl for activities sent to a bot. */
  url: string;
  /** Resolves when the bot has sent (POST) or updated (PUT) at least one activity in reply to `activityId`. */
  replied(activityId: string): Promise<void>;
  /** Activities received in all. */
  received(): number;
  /** Keep the text of the first reply to `activityId` (a few turns only, to check answers). */
  keepSample(activityId: string): void;
  sample(activityId: string): string | undefined;
  close(): Promise<void>;
}

const ROUTE = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?\/?$/;
const SAMPLES = 50;

/**
 * A lean local Bot Connector for load: it answers the bot's sends and updates at once and keeps only
 * counts by the activity replied to (test/support/connector.ts keeps every activity, which 10,000 turns outgrow).
 */
export async function startBenchConnector(): Promise<BenchConnector> {
  const replies = new Map<string, number>();
  const waiters = new Map<string, () => void>();
  const samples = new Map<string, string>();
  const wanted = new Set<string>();
  let total = 0;
  let next = 1;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const route = ROUTE.exec((req.url ?? '').split('?')[0]);
      if (!route || !['POST', 'PUT', 'DELETE'].includes(req.method ?? '')) {
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end('{"error":{"code":"NotFound"}}');
        return;
      }
      total++;
      const body = chunks.length
        ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
            replyToId?: string;
            type?: string;
            text?: string;
            attachments?: unknown[];
          })
        : {};
      const about = req.method === 'POST' ? body.replyToId : undefined;
      if (about && body.type !== 'typing') {
        replies.set(about, (replies.get(about) ?? 0) + 1);
        if (wanted.delete(about))
          samples.set(about, `${body.text ?? ''} ${JSON.stringify(body.attachments ?? [])}`.slice(0, 8000));
        waiters.get(about)?.();
        waiters.delete(about);
      }
      res.writeHead(req.method === 'DELETE' ? 200 : 201, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `connector-${next++}` }));
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    replied: (activityId) => {
      if (replies.has(activityId)) {
        replies.delete(activityId);
        return Promise.resolve();
      }
      return new Promise<void>((resolve) => waiters.set(activityId, () => (replies.delete(activityId), resolve())));
    },
    received: () => total,
    keepSample: (activityId) => {
      if (wanted.size < SAMPLES) wanted.add(activityId);
    },
    sample: (activityId) => samples.get(activityId),
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
