import { setTimeout as sleep } from 'node:timers/promises';
import type { SimulatorCore } from '../core';
import { badRequest, errorBody, GraphError } from '../http/errors';
import type { GraphResponse } from '../http/types';
import { dispatchGraph, type GraphCall } from './graph';

interface BatchItem {
  id: string;
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
  dependsOn?: string[];
}

const MAX_REQUESTS = 20;

/**
 * POST /v1.0/$batch: up to 20 requests, each answered with its own status; failed dependencies get 424. The
 * requests run in order, each drawing its own latency, and the batch answers when its slowest part is done: a
 * request's wait starts when the requests it `dependsOn` are done, the others' all at once (Graph runs them in
 * parallel), so the batch takes its longest chain of waits, not their sum.
 */
export async function runBatch(core: SimulatorCore, outer: GraphCall): Promise<GraphResponse> {
  const items = validate(outer.body);
  const results = new Map<string, number>();
  const doneAt = new Map<string, number>();
  const responses: Record<string, unknown>[] = [];
  for (const item of items) {
    const failedDep = (item.dependsOn ?? []).find((d) => (results.get(d) ?? 424) >= 400);
    if (failedDep !== undefined) {
      results.set(item.id, 424);
      doneAt.set(item.id, Math.max(0, ...(item.dependsOn ?? []).map((d) => doneAt.get(d) ?? 0)));
      const err = new GraphError(424, 'FailedDependency', `Failed dependency: request '${failedDep}' did not succeed.`);
      responses.push({
        id: item.id,
        status: 424,
        headers: { 'Content-Type': 'application/json' },
        body: errorBody(err, outer.requestId, outer.headers['client-request-id']),
      });
      continue;
    }
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(outer.headers))
      if (k === 'authorization' || k === 'client-request-id') headers[k] = v;
    for (const [k, v] of Object.entries(item.headers ?? {})) headers[k.toLowerCase()] = String(v);
    const target = item.url.startsWith('/') ? item.url : `/${item.url}`;
    const res = await dispatchGraph(core, {
      ...outer,
      method: item.method.toUpperCase(),
      target,
      headers,
      body: item.body,
      inBatch: true,
    });
    results.set(item.id, res.status);
    doneAt.set(item.id, res.latencyMs + Math.max(0, ...(item.dependsOn ?? []).map((d) => doneAt.get(d) ?? 0)));
    const resHeaders: Record<string, string> = { ...(res.headers ?? {}) };
    if (res.body !== undefined) resHeaders['Content-Type'] = 'application/json';
    const entry: Record<string, unknown> = { id: item.id, status: res.status, headers: resHeaders };
    if (res.body !== undefined) entry.body = res.body;
    responses.push(entry);
  }
  const slowest = Math.max(0, ...doneAt.values());
  if (slowest > 0) await sleep(slowest);
  return { status: 200, body: { responses } };
}

function validate(body: unknown): BatchItem[] {
  const requests = (body as { requests?: unknown } | undefined)?.requests;
  if (!Array.isArray(requests)) throw badRequest('Invalid batch payload format.', 'BadRequest');
  if (requests.length > MAX_REQUESTS)
    throw badRequest(`The batch request exceeds the maximum of ${MAX_REQUESTS} requests.`, 'BadRequest');
  const ids = new Set<string>();
  for (const r of requests as BatchItem[]) {
    if (!r || typeof r.id !== 'string' || typeof r.method !== 'string' || typeof r.url !== 'string') {
      throw badRequest('Invalid batch payload format.', 'BadRequest');
    }
    if (ids.has(r.id)) throw badRequest(`Batch request contains duplicate request id '${r.id}'.`, 'BadRequest');
    if (/^https?:/i.test(r.url)) throw badRequest('The batch request url must be relative.', 'BadRequest');
    if (r.body !== undefined && !Object.keys(r.headers ?? {}).some((k) => k.toLowerCase() === 'content-type')) {
      throw badRequest(`Write request id : ${r.id} does not contain Content-Type header or body.`, 'BadRequest');
    }
    for (const d of r.dependsOn ?? []) {
      if (!ids.has(d))
        throw badRequest(
          `Request '${r.id}' depends on '${d}', which is not an earlier request in the batch.`,
          'BadRequest',
        );
    }
    ids.add(r.id);
  }
  return requests as BatchItem[];
}
