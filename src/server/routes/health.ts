import type { Next, Request, Response } from 'restify';
import type { Logger } from '../../logging';
import { checkReadiness, ReadinessProbe } from '../readiness';

/** GET /healthz: the process is alive and serving HTTP. */
export function healthRoute() {
  return (_req: Request, res: Response, next: Next): void => {
    res.send(200, { status: 'ok' });
    next();
  };
}

export interface ReadyDeps {
  probes: readonly ReadinessProbe[];
  timeoutMs: number;
  isStopping(): boolean;
  /** Operations running after their answer, and waiting for a slot: counts only, for anyone. */
  queue?: () => { inFlight: number; waiting: number };
  logger: Logger;
}

/**
 * GET /readyz: every dependency (storage, Graph) answers; 503 naming the failing ones otherwise. It is anonymous, so
 * the answer is only 'ok' or 'failed' per part; why a part failed goes to the log.
 */
export function readyRoute(deps: ReadyDeps) {
  return (_req: Request, res: Response, next: Next): void => {
    if (deps.isStopping()) {
      res.send(503, { status: 'stopping', checks: {}, ...queueOf(deps) });
      next();
      return;
    }
    void checkReadiness(deps.probes, deps.timeoutMs).then((readiness) => {
      if (!readiness.ready) deps.logger.warn({ checks: readiness.checks, failures: readiness.failures }, 'not ready');
      res.send(readiness.ready ? 200 : 503, {
        status: readiness.ready ? 'ready' : 'not ready',
        checks: readiness.checks,
        ...queueOf(deps),
      });
      next();
    });
  };
}

function queueOf(deps: ReadyDeps): { queue?: { inFlight: number; waiting: number } } {
  return deps.queue ? { queue: deps.queue() } : {};
}
