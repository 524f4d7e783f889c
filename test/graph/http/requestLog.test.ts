import assert from 'node:assert/strict';
import type { Context } from '@microsoft/microsoft-graph-client';
import { RequestLogLink, SLOW_GRAPH_CALL_MS } from '../../../src/graph/http/middleware/requestLog';
import { captureLogs } from '../../support/logs';

/** One exchange through the link, answered with `status` after `tookMs` on the link's clock. */
async function exchange(status: number, tookMs: number) {
  const logs = captureLogs('debug');
  let clock = 1000;
  const link = new RequestLogLink(logs.logger, undefined, () => clock);
  link.setNext({
    execute: async (context: Context) => {
      clock += tookMs;
      context.response = new Response(status >= 400 ? JSON.stringify({ error: { code: 'Nope' } }) : '{}', {
        status,
        headers: { 'request-id': 'rid-1' },
      });
    },
  });
  await link.execute({
    request: 'https://graph.microsoft.com/v1.0/servicePrincipals/0f9e8d7c-6b5a-4c3d-8e2f-1a2b3c4d5e6f',
    options: { method: 'GET', headers: {} },
  } as Context);
  const lines = logs.entries.filter((e) => e.graph);
  assert.equal(lines.length, 1);
  return lines[0];
}

/** LOG_LEVEL=info shows the Graph calls worth a look; debug shows every one. */
describe('Graph request log levels', () => {
  it('a call that went well is at debug', async () => {
    const line = await exchange(200, 40);
    assert.equal(line.level, 20);
    assert.equal(line.msg, 'Graph GET /v1.0/servicePrincipals/{id} → 200');
  });

  it(`a call of ${SLOW_GRAPH_CALL_MS} ms or more is at info, saying it was slow`, async () => {
    const line = await exchange(200, SLOW_GRAPH_CALL_MS + 250);
    assert.equal(line.level, 30);
    assert.equal(line.msg, `Graph GET /v1.0/servicePrincipals/{id} → 200 (slow: ${SLOW_GRAPH_CALL_MS + 250} ms)`);
  });

  it('a failed call is a warning, however fast', async () => {
    const line = await exchange(404, 5);
    assert.equal(line.level, 40);
    assert.match(String(line.msg), /→ 404 Nope$/);
  });
});
