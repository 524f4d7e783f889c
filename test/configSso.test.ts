import assert from 'node:assert/strict';
import { ConfigError, loadConfig } from '../src/config';

const AZURE = {
  GRAPH_TENANT_ID: '72f988bf-86f1-41af-91ab-2d7cd011db47',
  GRAPH_USE_MANAGED_IDENTITY: 'true',
  BOT_ID: 'b0751d00-0000-4000-8000-000000000001',
  BOT_TYPE: 'UserAssignedMsi',
  BOT_TENANT_ID: '72f988bf-86f1-41af-91ab-2d7cd011db47',
};
const SSO = { SSO_CLIENT_ID: '5b4a3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d', SSO_CLIENT_SECRET: 'sso-secret' };

const refusal = (env: Record<string, string>, text: RegExp) =>
  assert.throws(
    () => loadConfig(env),
    (e: unknown) => e instanceof ConfigError && text.test(e.message),
  );

describe('config: whose token changes are made with (GRAPH_WRITES, SSO_*)', () => {
  it('writes as the app without single sign-on, and as the person once SSO is configured', () => {
    assert.equal(loadConfig(AZURE).graphWrites, 'app');
    const config = loadConfig({ ...AZURE, ...SSO });
    assert.equal(config.graphWrites, 'user');
    assert.equal(config.sso?.clientId, SSO.SSO_CLIENT_ID);
    assert.equal(config.sso?.resource, `api://botid-${AZURE.BOT_ID}`);
    assert.equal(loadConfig({ ...AZURE, ...SSO, GRAPH_WRITES: 'app' }).graphWrites, 'app');
  });

  it('refuses GRAPH_WRITES=user without SSO, and an SSO app without its secret or certificate', () => {
    refusal({ ...AZURE, GRAPH_WRITES: 'user' }, /GRAPH_WRITES: user needs Teams single sign-on: set SSO_CLIENT_ID/);
    refusal(
      { ...AZURE, SSO_CLIENT_ID: SSO.SSO_CLIENT_ID },
      /SSO_CLIENT_SECRET or SSO_CLIENT_CERT_PATH: one is required/,
    );
    refusal({ ...AZURE, GRAPH_WRITES: 'everyone' }, /GRAPH_WRITES/);
  });

  it('lets local mode ask for GRAPH_WRITES=user: the launcher hands the bot the simulator’s SSO app', () => {
    assert.equal(loadConfig({ GRAPH_WRITES: 'user' }).graphWrites, 'user');
  });

  it('never echoes the SSO secret in a refusal', () => {
    assert.throws(
      () => loadConfig({ SSO_CLIENT_SECRET: 'do-not-print-me' }),
      (e: unknown) => e instanceof ConfigError && !e.message.includes('do-not-print-me'),
    );
  });
});
