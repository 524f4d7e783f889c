import type { AddressInfo } from 'node:net';
import restify from 'restify';
import type { Logger } from '../logging';
import { InFlight } from './inflight';
import { boundedJsonBody } from './guards/bodyLimit';
import { jsonOnly } from './guards/jsonOnly';
import { loopbackHostOnly } from './guards/loopbackHost';
import type { ReadinessProbe } from './readiness';
import { healthRoute, readyRoute } from './routes/health';
import { MessageDeps, messagesRoute } from './routes/messages';

export interface ServerDeps extends MessageDeps {
  host: string;
  /** 0 picks a free port (tests). */
  port: number;
  logger: Logger;
  /** No bot identity: nothing checks a token, so only requests addressed to loopback are served (DNS rebinding). */
  loopbackOnly?: boolean;
  probes?: readonly ReadinessProbe[];
  probeTimeoutMs?: number;
  /** The work queue's counts, shown on /readyz. */
  queue?: () => { inFlight: number; waiting: number };
  /** After this long a shutdown stops waiting for in-flight requests. */
  shutdownGraceMs?: number;
}

export interface RunningServer {
  url: string;
  /** Stops accepting, lets in-flight requests finish, then closes every connection. */
  close(): Promise<void>;
}

export async function startServer(deps: ServerDeps): Promise<RunningServer> {
  const log = deps.logger.child({ part: 'server' });
  const server = restify.createServer({ name: 'cross-tenant-sync-bot' });
  const inFlight = new InFlight();
  let stopping = false;

  server.pre((req, res, next) => {
    if (stopping) {
      res.header('Connection', 'close');
      res.send(503, { status: 'stopping' });
      return next(false);
    }
    const started = Date.now();
    const end = inFlight.begin();
    res.once('close', () => {
      end();
      log.debug({ method: req.method, url: req.url, status: res.statusCode, ms: Date.now() - started }, 'request');
    });
    return next();
  });
  // Only /api/messages takes a body: its guards run before a byte is read, in the order an attacker meets them.
  server.post(
    '/api/messages',
    ...(deps.loopbackOnly ? [loopbackHostOnly(log)] : []),
    jsonOnly(log),
    ...boundedJsonBody(log),
    messagesRoute({ ...deps, logger: log }),
  );
  server.get('/healthz', healthRoute());
  server.get(
    '/readyz',
    readyRoute({
      probes: deps.probes ?? [],
      timeoutMs: deps.probeTimeoutMs ?? 5000,
      isStopping: () => stopping,
      queue: deps.queue,
      logger: log,
    }),
  );

  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(deps.port, deps.host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const url = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
  log.info({ url }, 'listening');

  let closing: Promise<void> | undefined;
  const close = () => (closing ??= shutdown());
  async function shutdown(): Promise<void> {
    stopping = true;
    log.info({ inFlight: inFlight.size }, 'stopping: no new requests, finishing the ones in flight');
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    const deadline = setTimeout(() => server.server.closeAllConnections(), deps.shutdownGraceMs ?? 10_000);
    await inFlight.drained();
    server.server.closeIdleConnections();
    await closed;
    clearTimeout(deadline);
    log.info('stopped');
  }
  return { url, close };
}
