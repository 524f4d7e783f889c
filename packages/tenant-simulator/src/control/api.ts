import crypto from 'node:crypto';
import type { SimulatorCore } from '../core';
import { parseTarget } from '../http/request';
import { controlRoutes } from './routes';
import type { ControlCall, ControlReply, ControlRequest } from './types';

/** /_simulator/...: the control API for tests, demos and benchmarks; needs the control token from simulator.json. */
export async function handleControl(core: SimulatorCore, call: ControlCall): Promise<ControlReply> {
  const auth = call.headers.authorization ?? '';
  const given = /^Bearer\s+(.+)$/i.exec(auth)?.[1] ?? '';
  const ok =
    given.length === core.controlToken.length &&
    crypto.timingSafeEqual(Buffer.from(given), Buffer.from(core.controlToken));
  if (!ok)
    return {
      status: 401,
      body: {
        error: {
          code: 'Unauthorized',
          message: 'The control API needs "Authorization: Bearer <controlToken from simulator.json>".',
        },
      },
    };
  const { segments, query } = parseTarget(call.target);
  let body: unknown;
  try {
    body = call.raw.trim() === '' ? {} : JSON.parse(call.raw);
  } catch {
    return { status: 400, body: { error: { code: 'BadRequest', message: 'Body is not JSON.' } } };
  }
  const path = '/' + segments.slice(1).join('/');
  const req: ControlRequest = {
    method: call.method,
    path,
    segments: segments.slice(1),
    query,
    body: (body ?? {}) as Record<string, unknown>,
    origin: call.origin,
  };
  for (const route of controlRoutes) {
    if (route.method !== call.method) continue;
    const m = route.pattern.exec(path);
    if (!m) continue;
    try {
      return await route.handle(core, req, m.slice(1));
    } catch (err) {
      return {
        status: 400,
        body: { error: { code: 'BadRequest', message: err instanceof Error ? err.message : String(err) } },
      };
    }
  }
  return { status: 404, body: { error: { code: 'NotFound', message: `No control endpoint ${call.method} ${path}` } } };
}
