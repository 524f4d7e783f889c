import type { SimulatorCore } from '../core';
import type { ControlReply } from './api';

export interface ControlRequest {
  method: string;
  path: string;
  segments: string[];
  query: Map<string, string>;
  body: Record<string, unknown>;
}

export interface ControlRoute {
  method: string;
  pattern: RegExp;
  handle(core: SimulatorCore, req: ControlRequest, params: string[]): ControlReply | Promise<ControlReply>;
}

const ok = (body: unknown = { ok: true }): ControlReply => ({ status: 200, body });

/** The control endpoints (see README of the simulator for the list). */
export const controlRoutes: ControlRoute[] = [
  { method: 'GET', pattern: /^\/counters$/, handle: (core) => ok(core.counters.snapshot()) },
  { method: 'POST', pattern: /^\/counters\/reset$/, handle: (core) => (core.counters.reset(), ok()) },
  { method: 'DELETE', pattern: /^\/counters$/, handle: (core) => (core.counters.reset(), ok()) },
  { method: 'GET', pattern: /^\/faults$/, handle: (core) => ok({ value: core.faults.list() }) },
  {
    method: 'POST',
    pattern: /^\/faults$/,
    handle: (core, req) => {
      const kind = req.body.kind;
      if (kind !== 'throttle' && kind !== 'delay' && kind !== 'error') throw new Error("kind must be 'throttle', 'delay' or 'error'");
      return { status: 201, body: core.faults.add({ ...(req.body as object), kind }) };
    },
  },
  { method: 'DELETE', pattern: /^\/faults$/, handle: (core) => (core.faults.clear(), ok()) },
  { method: 'DELETE', pattern: /^\/faults\/([^/]+)$/, handle: (core, _req, [id]) => (core.faults.remove(id) ? ok() : { status: 404, body: { error: { code: 'NotFound', message: `no fault ${id}` } } }) },
];
