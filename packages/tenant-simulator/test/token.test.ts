import assert from 'node:assert/strict';
import { graph, sourceTenant, useSimulator } from './helpers';
import type { ReplyJson } from './testSimulator';

function decode(jwt: string): Record<string, ReplyJson> {
  return JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString('utf8'));
}

async function tokenRequest(url: string, form: Record<string, string>) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form),
  });
  return { status: res.status, body: (await res.json()) as Record<string, ReplyJson> };
}

describe('simulator: token endpoint', () => {
  const s = useSimulator();

  it('issues an RS256 app-only token with tid, appid, roles and the Graph audience', async () => {
    const sim = s.get();
    const t = sourceTenant(sim);
    const { status, body } = await tokenRequest(`${sim.connection.authorityHost}/${t.tenantId}/oauth2/v2.0/token`, {
      grant_type: 'client_credentials',
      client_id: t.clientId,
      client_secret: t.clientSecret,
      scope: 'https://graph.microsoft.com/.default',
    });
    assert.equal(status, 200);
    assert.equal(body.token_type, 'Bearer');
    assert.equal(typeof body.expires_in, 'number');
    assert.equal(typeof body.ext_expires_in, 'number');
    const header = JSON.parse(Buffer.from(body.access_token.split('.')[0], 'base64url').toString('utf8'));
    assert.equal(header.alg, 'RS256');
    const claims = decode(body.access_token);
    assert.equal(claims.tid, t.tenantId);
    assert.equal(claims.appid, t.clientId);
    assert.equal(claims.aud, 'https://graph.microsoft.com');
    assert.ok(claims.roles.includes('Synchronization.ReadWrite.All'));
    assert.ok(claims.exp > Date.now() / 1000);
  });

  it('answers a wrong secret with invalid_client like Entra', async () => {
    const sim = s.get();
    const t = sourceTenant(sim);
    const { status, body } = await tokenRequest(`${sim.connection.authorityHost}/${t.tenantId}/oauth2/v2.0/token`, {
      grant_type: 'client_credentials',
      client_id: t.clientId,
      client_secret: 'wrong',
      scope: 'https://graph.microsoft.com/.default',
    });
    assert.equal(status, 401);
    assert.equal(body.error, 'invalid_client');
    assert.deepEqual(body.error_codes, [7000215]);
    assert.match(body.error_description, /^AADSTS7000215: /);
    for (const k of ['timestamp', 'trace_id', 'correlation_id']) assert.equal(typeof body[k], 'string', k);
  });

  it('rejects an unknown tenant and an unknown client', async () => {
    const sim = s.get();
    const t = sourceTenant(sim);
    const unknownTenant = await tokenRequest(
      `${sim.connection.authorityHost}/00000000-0000-0000-0000-000000000001/oauth2/v2.0/token`,
      {
        grant_type: 'client_credentials',
        client_id: t.clientId,
        client_secret: t.clientSecret,
        scope: 'https://graph.microsoft.com/.default',
      },
    );
    assert.equal(unknownTenant.status, 400);
    assert.deepEqual(unknownTenant.body.error_codes, [90002]);
    const unknownClient = await tokenRequest(`${sim.connection.authorityHost}/${t.tenantId}/oauth2/v2.0/token`, {
      grant_type: 'client_credentials',
      client_id: '11111111-1111-1111-1111-111111111111',
      client_secret: 'x',
      scope: 'https://graph.microsoft.com/.default',
    });
    assert.equal(unknownClient.status, 400);
    assert.equal(unknownClient.body.error, 'unauthorized_client');
  });

  it('serves the OpenID configuration and keys for each tenant', async () => {
    const sim = s.get();
    const t = sourceTenant(sim);
    const conf = (await (
      await fetch(`${sim.connection.authorityHost}/${t.tenantId}/v2.0/.well-known/openid-configuration`)
    ).json()) as ReplyJson;
    assert.equal(conf.token_endpoint, `${sim.connection.authorityHost}/${t.tenantId}/oauth2/v2.0/token`);
    assert.equal(conf.issuer, `${sim.connection.authorityHost}/${t.tenantId}/v2.0`);
    const keys = (await (await fetch(conf.jwks_uri)).json()) as ReplyJson;
    assert.equal(keys.keys[0].kty, 'RSA');
  });

  it('refuses Graph calls without a token, with a garbage token, and with a token signed by someone else', async () => {
    const sim = s.get();
    const none = await graph(sim, 'GET', '/users', { token: null });
    assert.equal(none.status, 401);
    assert.equal(none.body.error.code, 'InvalidAuthenticationToken');
    assert.ok(none.headers.get('request-id'));
    const garbage = await graph(sim, 'GET', '/users', { token: 'not-a-jwt' });
    assert.equal(garbage.status, 401);
    const real = await sim.token();
    const [h, p] = real.split('.');
    const forged = await graph(sim, 'GET', '/users', {
      token: `${h}.${p}.${Buffer.from('forged').toString('base64url')}`,
    });
    assert.equal(forged.status, 401);
    assert.equal(forged.body.error.code, 'InvalidAuthenticationToken');
  });
});
