import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig } from '../../src/config';
import { targetGateways } from '../../src/compose/targetGateways';
import { captureLogger } from '../graph/support/captureLogger';

const GRAPH = {
  GRAPH_TENANT_ID: '11111111-1111-4111-8111-111111111111',
  GRAPH_CLIENT_ID: '22222222-2222-4222-8222-222222222222',
  GRAPH_CLIENT_SECRET: 'source-secret',
  // Real Graph needs a bot identity (nothing would check tokens otherwise).
  BOT_ID: '55555555-5555-4555-8555-555555555555',
  BOT_TYPE: 'UserAssignedMsi',
  BOT_TENANT_ID: '11111111-1111-4111-8111-111111111111',
};
const TARGET = {
  tenantId: '33333333-3333-4333-8333-33333333333A',
  clientId: '44444444-4444-4444-8444-444444444444',
  clientSecret: 'target-secret-value',
};

function problems(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    assert.ok(error instanceof ConfigError);
    return error.message;
  }
  assert.fail('the configuration was accepted');
}

describe('TARGET_TENANT_CREDENTIALS', () => {
  it('is optional: no target tenants by default', () => {
    assert.deepEqual(loadConfig(GRAPH).targetTenants, []);
  });

  it("reads a JSON array, using the bot's Graph and sign-in hosts", () => {
    const config = loadConfig({
      ...GRAPH,
      GRAPH_BASE_URL: 'https://127.0.0.1:9443/v1.0',
      TARGET_TENANT_CREDENTIALS: JSON.stringify([TARGET]),
    });
    assert.equal(config.targetTenants.length, 1);
    assert.deepEqual(config.targetTenants[0].credential, {
      kind: 'secret',
      tenantId: TARGET.tenantId.toLowerCase(),
      clientId: TARGET.clientId,
      clientSecret: TARGET.clientSecret,
    });
    assert.equal(config.targetTenants[0].baseUrl, 'https://127.0.0.1:9443/v1.0');
    const lookup = targetGateways(config.targetTenants, captureLogger().logger);
    assert.ok(lookup(TARGET.tenantId.toUpperCase()), 'found whatever the case');
    assert.equal(lookup(GRAPH.GRAPH_TENANT_ID), undefined);
  });

  it('reads the same from a file path', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cts-targets-')), 'targets.json');
    fs.writeFileSync(file, JSON.stringify([TARGET]));
    assert.equal(
      loadConfig({ ...GRAPH, TARGET_TENANT_CREDENTIALS: file }).targetTenants[0].credential.tenantId,
      TARGET.tenantId.toLowerCase(),
    );
  });

  it('explains bad values without repeating a secret', () => {
    assert.match(
      problems({ ...GRAPH, TARGET_TENANT_CREDENTIALS: '[{"tenantId":' }),
      /TARGET_TENANT_CREDENTIALS: is not valid JSON/,
    );
    const missing = problems({
      ...GRAPH,
      TARGET_TENANT_CREDENTIALS: JSON.stringify([{ ...TARGET, clientId: 'nope' }]),
    });
    assert.match(missing, /entry 0\.clientId/);
    assert.doesNotMatch(missing, /target-secret-value/);
    assert.match(problems({ ...GRAPH, TARGET_TENANT_CREDENTIALS: '/no/such/targets.json' }), /no file at/);
    // One object instead of a list: said so, and the secret (or any of the value) is not printed.
    for (const value of [JSON.stringify(TARGET), ` ${JSON.stringify(TARGET, null, 2)}`]) {
      const oneObject = problems({ ...GRAPH, TARGET_TENANT_CREDENTIALS: value });
      assert.match(oneObject, /TARGET_TENANT_CREDENTIALS: is one JSON object; put it in a list/);
      assert.doesNotMatch(oneObject, /target-secret-value|no file at/);
    }
    assert.match(
      problems({ TARGET_TENANT_CREDENTIALS: JSON.stringify([TARGET]) }),
      /needs the bot's own Graph credentials/,
    );
  });
});
