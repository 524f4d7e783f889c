import type { SimulatorCore } from '../core';

/** A request to /_simulator/... as the server hands it over. */
export interface ControlCall {
  method: string;
  target: string;
  headers: Record<string, string>;
  raw: string;
  origin: string;
}

export interface ControlReply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** A control request after the token check: path after /_simulator, query and JSON body. */
export interface ControlRequest {
  method: string;
  path: string;
  segments: string[];
  query: Map<string, string>;
  body: Record<string, unknown>;
  /** "https://127.0.0.1:PORT", as the client addressed the simulator. */
  origin: string;
}

export interface ControlRoute {
  method: string;
  pattern: RegExp;
  handle(core: SimulatorCore, req: ControlRequest, params: string[]): ControlReply | Promise<ControlReply>;
}
