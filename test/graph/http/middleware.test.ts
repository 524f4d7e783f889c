import assert from 'node:assert/strict';
import { ErrorCode, isCoded, CodedError } from '../../../src/errors';
import type { GraphRequestEvent } from '../../../src/graph/http/middleware/requestLog';
import { gatewayOnFake, GatewayOnFake } from '../support/gatewayOnFake';
import { graphError } from '../support/fakeGraph';

const JOB = {
  id: 'Azure2Azure.a.b',
  templateId: 'Azure2Azure',
  schedule: { state: 'Active', interval: 'PT40M' },
  status: { code: 'Active' },
};

describe('graph/http middleware chain (real Graph client against a local fake)', () => {
  let env: GatewayOnFake | undefined;
  afterEach(async () => {
    await env?.stop();
    env = undefined;
  });

  it('sends the bearer token and a client-request-id, and logs one line per request without the token', async () => {
    const events: GraphRequestEvent[] = [];
    env = await gatewayOnFake(() => ({ status: 200, body: JOB }), { onRequest: (e) => events.push(e) });
    await env.gateway.getJob('sp-1', 'Azure2Azure.a.b');
    const [seen] = env.fake.requests;
    assert.equal(seen.headers.authorization, 'Bearer test-token-value');
    assert.match(String(seen.headers['client-request-id']), /^[0-9a-f-]{36}$/);
    assert.equal(seen.path, '/servicePrincipals/sp-1/synchronization/jobs/Azure2Azure.a.b');
    const graphLines = env.lines.filter((l) => l.graph);
    assert.equal(graphLines.length, 1);
    assert.deepEqual(
      { ...(graphLines[0].graph as Record<string, unknown>), durationMs: 0 },
      {
        method: 'GET',
        path: '/v1.0/servicePrincipals/{id}/synchronization/jobs/{id}',
        status: 200,
        durationMs: 0,
        requestId: 'req-1',
        clientRequestId: seen.headers['client-request-id'],
      },
    );
    assert.ok(!JSON.stringify(env.lines).includes('test-token-value'), 'the token never reaches the log');
    assert.equal(events.length, 1);
    assert.equal(events[0].status, 200);
  });

  it('waits as long as Retry-After says (seconds) and retries with the same client-request-id', async () => {
    let calls = 0;
    env = await gatewayOnFake(() =>
      ++calls === 1
        ? {
            status: 429,
            headers: { 'Retry-After': '2.5' },
            body: graphError('TooManyRequests', 'Please retry again later.'),
          }
        : { status: 200, body: JOB },
    );
    const job = await env.gateway.getJob('sp-1', 'j');
    assert.equal(job?.status, 'Active');
    assert.deepEqual(env.waits, [2500]);
    assert.equal(env.fake.requests.length, 2);
    assert.equal(env.fake.requests[0].headers['client-request-id'], env.fake.requests[1].headers['client-request-id']);
    assert.equal(env.fake.requests[1].headers['retry-attempt'], '1');
    assert.deepEqual(
      env.lines.filter((l) => l.graph).map((l) => (l.graph as { status: number }).status),
      [429, 200],
    );
  });

  it('honours Retry-After given as an HTTP date', async () => {
    let calls = 0;
    const at = new Date(Date.now() + 20_000).toUTCString();
    env = await gatewayOnFake(() =>
      ++calls === 1 ? { status: 503, headers: { 'Retry-After': at } } : { status: 200, body: JOB },
    );
    await env.gateway.getJob('sp-1', 'j');
    assert.equal(env.waits.length, 1);
    assert.ok(env.waits[0] > 15_000 && env.waits[0] <= 20_000, `waited ${env.waits[0]} ms`);
  });

  it('stops after the bounded number of attempts and reports Graph unavailable', async () => {
    env = await gatewayOnFake(() => ({ status: 503, body: graphError('serviceNotAvailable', 'down') }));
    await assert.rejects(env.gateway.getJob('sp-1', 'j'), (e: unknown) => isCoded(e, ErrorCode.GraphUnavailable));
    assert.equal(env.fake.requests.length, 4, 'first try + 3 retries');
    assert.deepEqual(env.waits, [1000, 2000, 4000], 'exponential backoff without Retry-After');
  });

  it('hands a Retry-After longer than the wait budget to the caller as GraphThrottled', async () => {
    env = await gatewayOnFake(() => ({
      status: 429,
      headers: { 'Retry-After': '120' },
      body: graphError('TooManyRequests', 'Please retry again later.', 'rid-429'),
    }));
    const error = await env.gateway.getJob('sp-1', 'j').catch((e: unknown) => e);
    assert.ok(isCoded(error, ErrorCode.GraphThrottled));
    assert.equal((error as CodedError).details.retryAfterSeconds, 120);
    assert.equal((error as CodedError).details.requestId, 'rid-429');
    assert.equal(env.fake.requests.length, 1);
    assert.deepEqual(env.waits, []);
  });

  it('retries a 504 for GET but never for a POST that may have been done', async () => {
    let calls = 0;
    env = await gatewayOnFake((req) =>
      req.method === 'GET' && ++calls > 1 ? { status: 200, body: JOB } : { status: 504 },
    );
    await env.gateway.getJob('sp-1', 'j');
    assert.equal(env.fake.requests.length, 2);
    await assert.rejects(env.gateway.createJob('sp-1'), (e: unknown) => isCoded(e, ErrorCode.GraphUnavailable));
    assert.equal(env.fake.requests.filter((r) => r.method === 'POST').length, 1);
  });

  it('gives up on a Graph that does not answer within the timeout', async () => {
    env = await gatewayOnFake(() => ({ status: 200, hang: true }), { timeoutMs: 150 });
    const error = await env.gateway.getJob('sp-1', 'j').catch((e: unknown) => e);
    assert.ok(isCoded(error, ErrorCode.GraphTimeout), String(error));
    assert.match((error as Error).message, /within 150 ms/);
    const line = env.lines.find((l) => l.graph);
    assert.equal((line?.graph as { failure: string }).failure, 'GraphTimeout');
    assert.equal(line?.level, 40);
  });

  it('says Graph is unreachable when nothing listens, with what to check', async () => {
    env = await gatewayOnFake(() => ({ status: 200 }));
    await env.fake.stop();
    const error = await env.gateway.listJobs('sp-1').catch((e: unknown) => e);
    assert.ok(isCoded(error, ErrorCode.GraphUnreachable), String(error));
    assert.match((error as Error).message, /nothing is listening .* GRAPH_BASE_URL/);
    env = undefined;
  });

  it('turns a 403 into a coded error naming the missing permission, logged with the request id', async () => {
    env = await gatewayOnFake(() => ({
      status: 403,
      headers: { 'request-id': 'rid-403' },
      body: graphError('Authorization_RequestDenied', 'Insufficient privileges to complete the operation.', 'rid-403'),
    }));
    const error = await env.gateway.listJobs('sp-1').catch((e: unknown) => e);
    assert.ok(isCoded(error, ErrorCode.GraphForbidden));
    assert.match((error as Error).message, /needs the application permission Synchronization\.Read\.All/);
    assert.equal((error as CodedError).details.requestId, 'rid-403');
    const line = env.lines.find((l) => l.graph);
    assert.equal(line?.level, 40, 'warn');
    const graph = line?.graph as Record<string, unknown>;
    assert.equal(graph.requestId, 'rid-403');
    assert.equal(graph.status, 403);
    assert.equal(graph.graphCode, 'Authorization_RequestDenied');
    assert.deepEqual(graph.requiredPermissions, [
      'Synchronization.Read.All',
      'Synchronization.ReadWrite.All',
      'Application.ReadWrite.OwnedBy',
    ]);
  });

  it('refuses a next link that leaves the configured Graph, so the token stays home', async () => {
    env = await gatewayOnFake(() => ({
      status: 200,
      body: {
        value: [],
        '@odata.nextLink': 'https://evil.example/v1.0/servicePrincipals/sp/synchronization/jobs?$skiptoken=1',
      },
    }));
    await assert.rejects(env.gateway.listJobs('sp'), (e: unknown) => isCoded(e, ErrorCode.GraphUnexpected));
    assert.equal(env.fake.requests.length, 1);
  });

  it('passes a token failure through as the coded error the provider raised', async () => {
    const refused = new CodedError(
      ErrorCode.GraphUnauthorized,
      'Could not get a Graph token: the client secret is wrong',
    );
    env = await gatewayOnFake(() => ({ status: 200, body: JOB }), {
      tokenProvider: { getAccessToken: async () => Promise.reject(refused) },
    });
    await assert.rejects(env.gateway.getJob('sp', 'j'), (e: unknown) => e === refused);
    assert.equal(env.fake.requests.length, 0);
  });
});
