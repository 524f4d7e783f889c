import { setTimeout as sleep } from 'node:timers/promises';
import { authenticate } from '../auth/accessToken';
import type { SimulatorCore } from '../core';
import { errorBody, GraphError } from '../http/errors';
import { checkPermissions } from '../http/permissions';
import { checkQueryOptions } from '../strict/queryRules';
import { isReportsRequest } from '../strict/reportsThrottle';
import { parseTarget } from '../http/request';
import type { RouteMatch } from '../http/router';
import type { Ctx, GraphRequest, GraphResponse } from '../http/types';

export interface GraphCall {
  method: string;
  /** Path and query after /v1.0, e.g. "/users?$top=5". */
  target: string;
  headers: Record<string, string>;
  body: unknown;
  /** "https://host:port/v1.0" as the client addressed it. */
  baseUrl: string;
  requestId: string;
  /** Counted under batchItems instead of requests; the batch waits its latency (server/batch.ts). */
  inBatch?: boolean;
}

export interface GraphOutcome extends GraphResponse {
  template: string;
  /** The latency profile's wait for this call (already waited, unless the call is in a batch). */
  latencyMs: number;
}

/**
 * One Graph call, answered after the latency profile's wait for its kind (README, "Latency"). The handler runs on
 * arrival, so rate limits count requests when they arrive; the wait is async, so a slow call holds up no other
 * request. A throttled call (429) waits as a read: Graph refuses it before doing the work. A fault's `delay` is
 * apart from this and comes on top (it slows chosen calls before they run; the profile slows every call).
 */
export async function dispatchGraph(core: SimulatorCore, call: GraphCall): Promise<GraphOutcome> {
  const outcome = await answer(core, call);
  const method = outcome.status === 429 ? 'GET' : call.method;
  const template = outcome.status === 429 ? '/<throttled>' : outcome.template;
  const latencyMs = core.latency.draw(core.settings.latency, core.settings.latencySeed, method, template);
  if (latencyMs > 0 && !call.inBatch) await sleep(latencyMs);
  return { ...outcome, latencyMs };
}

/** Token, route, faults, permissions, handler; every failure becomes Graph's error body. */
async function answer(core: SimulatorCore, call: GraphCall): Promise<Omit<GraphOutcome, 'latencyMs'>> {
  let template = '/<unmatched>';
  let counted = false;
  const clientRequestId = call.headers['client-request-id'];
  try {
    const { segments, query } = parseTarget(call.target);
    let match: RouteMatch | undefined;
    let routeError: unknown;
    try {
      match = core.router.match(call.method, segments);
      template = match.route.template;
    } catch (err) {
      routeError = err;
    }
    count(core, call, template);
    counted = true;
    const caller = authenticate(call.headers['authorization'], core.key, core.state);
    if (!match) throw routeError;
    const { route, params } = match;
    const req: GraphRequest = {
      method: call.method,
      path: '/' + segments.join('/'),
      segments,
      query,
      headers: call.headers,
      body: call.body,
    };
    const decision = core.faults.decide({ tenantId: caller.tenant.id, method: call.method, template, path: req.path });
    if (decision.delayMs > 0) await sleep(decision.delayMs);
    if (decision.error) throw decision.error;
    if (isReportsRequest(template))
      core.reports.take(caller.tenant.id, caller.app.clientId, core.settings.reportsLimit);
    const ctx: Ctx = {
      req,
      params,
      tenant: caller.tenant,
      app: caller.app,
      user: caller.user,
      scopes: caller.scopes,
      sim: core.state,
      baseUrl: call.baseUrl,
      requestId: call.requestId,
      now: new Date(),
      services: core.services,
      strict: core.settings,
    };
    checkPermissions(route, ctx);
    checkQueryOptions(template, ctx);
    const res = await route.handler(ctx);
    return { ...res, template };
  } catch (err) {
    if (!counted) count(core, call, template);
    const graphError = err instanceof GraphError ? err : internalError(err);
    return {
      status: graphError.status,
      headers: graphError.extra.headers,
      body: errorBody(graphError, call.requestId, clientRequestId),
      template,
    };
  }
}

function count(core: SimulatorCore, call: GraphCall, template: string): void {
  const key = `${call.method} /v1.0${template}`;
  if (call.inBatch) core.counters.recordBatchItem(key);
  else core.counters.record(key);
}

function internalError(err: unknown): GraphError {
  // A simulator bug must still look like Graph to the client, and be visible to whoever runs the simulator.
  console.error('[simulator] handler failed:', err);
  return new GraphError(500, 'InternalServerError', err instanceof Error ? err.message : String(err));
}
