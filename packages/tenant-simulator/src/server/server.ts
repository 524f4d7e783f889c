import crypto from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import { setTimeout as sleep } from 'node:timers/promises';
import { authenticate } from '../auth/accessToken';
import { instanceDiscovery, jwks, openIdConfiguration } from '../auth/openid';
import { authorize } from '../auth/authorize';
import { tokenEndpoint } from '../auth/tokenEndpoint';
import { handleControl } from '../control/api';
import type { SimulatorCore } from '../core';
import { errorBody, GraphError } from '../http/errors';
import { parseJsonBody, parseTarget } from '../http/request';
import { runBatch } from './batch';
import { dispatchGraph } from './graph';

const JSON_TYPE = 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';
const LOOPBACK_HOST = /^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/i;

export function createServer(core: SimulatorCore, tls: { key: string; cert: string }): https.Server {
  return https.createServer({ key: tls.key, cert: tls.cert }, (req, res) => {
    handle(core, req, res).catch((err) => {
      console.error('[simulator] request failed:', err);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end('simulator error');
    });
  });
}

async function handle(core: SimulatorCore, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const raw = await readBody(req);
  const method = (req.method ?? 'GET').toUpperCase();
  const target = req.url ?? '/';
  const headers = lowerHeaders(req.headers);
  const host = LOOPBACK_HOST.test(headers.host ?? '')
    ? headers.host
    : `127.0.0.1:${(req.socket.localPort ?? 0).toString()}`;
  const origin = `https://${host}`;
  const requestId = crypto.randomUUID();
  const base: Record<string, string> = {
    'request-id': requestId,
    'client-request-id': headers['client-request-id'] ?? requestId,
  };
  const send = (status: number, body?: unknown, extra: Record<string, string> = {}, type = JSON_TYPE): void => {
    const h: Record<string, string> = { ...base, ...extra };
    if (body !== undefined) h['Content-Type'] = type;
    res.writeHead(status, h);
    res.end(body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body));
  };

  const firstSlash = target.indexOf('/', 1);
  const first = (firstSlash < 0 ? target.slice(1) : target.slice(1, firstSlash)).split('?')[0];
  if (first === 'v1.0') {
    const rest = firstSlash < 0 ? '/' : target.slice(firstSlash);
    let body: unknown;
    try {
      body = parseJsonBody(raw);
    } catch (err) {
      send((err as GraphError).status, errorBody(err as GraphError, requestId, headers['client-request-id']));
      return;
    }
    const call = { method, target: rest, headers, body, baseUrl: `${origin}/v1.0`, requestId };
    if (method === 'POST' && /^\/(\$|%24)batch\/?$/i.test(rest.split('?')[0])) {
      core.counters.record('POST /v1.0/$batch');
      try {
        authenticate(headers.authorization, core.key, core.state);
        const out = await runBatch(core, call);
        send(out.status, out.body);
      } catch (err) {
        const e = err instanceof GraphError ? err : new GraphError(500, 'InternalServerError', String(err));
        send(e.status, errorBody(e, requestId, headers['client-request-id']), e.extra.headers);
      }
      return;
    }
    const out = await dispatchGraph(core, call);
    send(
      out.status,
      out.body,
      { ...(out.headers ?? {}), 'OData-Version': '4.0' },
      out.body === undefined || typeof out.body === 'object' ? JSON_TYPE : 'text/plain',
    );
    return;
  }
  if (first === '_simulator') {
    const out = await handleControl(core, { method, target, headers, raw, origin });
    send(out.status, out.body, out.headers ?? {}, 'application/json');
    return;
  }
  await handleIdentity(core, { method, target, headers, raw, origin }, send);
}

type Send = (status: number, body?: unknown, extra?: Record<string, string>, type?: string) => void;

/** login.microsoftonline.com look-alike: token endpoint, OpenID configuration, keys, instance discovery. */
async function handleIdentity(
  core: SimulatorCore,
  r: { method: string; target: string; headers: Record<string, string>; raw: string; origin: string },
  send: Send,
): Promise<void> {
  const { segments } = parseTarget(r.target);
  const query = r.target.includes('?') ? r.target.slice(r.target.indexOf('?') + 1) : '';
  const path = segments.slice(1).join('/');
  const json = 'application/json; charset=utf-8';
  if (segments[0] === 'common' && path === 'discovery/instance') {
    send(200, instanceDiscovery(r.origin), {}, json);
    return;
  }
  const tenant = segments[0] ? (core.state.get(segments[0]) ?? core.state.byDomain(segments[0])) : undefined;
  if (r.method === 'POST' && path === 'oauth2/v2.0/token') {
    core.counters.record('POST /{tenantId}/oauth2/v2.0/token');
    const decision = core.faults.decide({
      tenantId: tenant?.id,
      method: 'POST',
      template: '/{tenantId}/oauth2/v2.0/token',
      path: r.target,
      isToken: true,
    });
    if (decision.delayMs > 0) await sleep(decision.delayMs);
    if (decision.error) {
      send(
        decision.error.status,
        { error: 'temporarily_unavailable', error_description: decision.error.message, error_codes: [0] },
        decision.error.extra.headers,
        json,
      );
      return;
    }
    const reply = tokenEndpoint(core, {
      tenantSegment: segments[0],
      form: new URLSearchParams(r.raw),
      correlationId: r.headers['client-request-id'],
      authorityHost: r.origin,
    });
    send(reply.status, reply.body, { 'Cache-Control': 'no-store, no-cache', Pragma: 'no-cache' }, json);
    return;
  }
  if ((r.method === 'GET' || r.method === 'POST') && path === 'oauth2/v2.0/authorize') {
    core.counters.record(`${r.method} /{tenantId}/oauth2/v2.0/authorize`);
    const params = new URLSearchParams(query);
    if (r.method === 'POST') for (const [k, v] of new URLSearchParams(r.raw)) params.append(k, v);
    const out = authorize(core.state, core.codes, segments[0] ?? '', r.method, dedupe(params));
    send(out.status, out.body, out.headers, out.headers['Content-Type']);
    return;
  }
  if (r.method === 'GET' && tenant && path === 'v2.0/.well-known/openid-configuration') {
    send(200, openIdConfiguration(r.origin, tenant), {}, json);
    return;
  }
  if (r.method === 'GET' && tenant && path === 'discovery/v2.0/keys') {
    send(200, jwks(core.key), {}, json);
    return;
  }
  send(404, { error: 'not_found', error_description: `No such endpoint: ${r.method} ${r.target}` }, {}, json);
}

/** The sign-in form posts back the authorize request's parameters; the posted values win over the query's. */
function dedupe(params: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams();
  const users = params.getAll('user');
  for (const [k, v] of params) if (k !== 'user') out.set(k, v);
  for (const u of users) out.append('user', u);
  return out;
}

function lowerHeaders(h: http.IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h))
    if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > 10 * 1024 * 1024) {
        reject(new Error('request body too large'));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
