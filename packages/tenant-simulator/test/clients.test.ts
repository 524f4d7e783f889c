import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { ConfidentialClientApplication } from '@azure/msal-node';
import { Client } from '@microsoft/microsoft-graph-client';
import { sourceTenant, useSimulator } from './helpers';
import type { TestSimulator } from './testSimulator';

/** msal-node pointed at the simulator without any discovery call (graph-contract.md 10.3). */
function msalFor(
  sim: TestSimulator,
  auth: { clientSecret?: string; clientCertificate?: { thumbprintSha256: string; privateKey: string } },
) {
  const t = sourceTenant(sim);
  const host = new URL(sim.connection.authorityHost).host;
  const authority = `${sim.connection.authorityHost}/${t.tenantId}`;
  return new ConfidentialClientApplication({
    auth: {
      clientId: t.clientId,
      ...auth,
      authority,
      knownAuthorities: [host],
      authorityMetadata: JSON.stringify({
        token_endpoint: `${authority}/oauth2/v2.0/token`,
        issuer: `${authority}/v2.0`,
        authorization_endpoint: `${authority}/oauth2/v2.0/authorize`,
        jwks_uri: `${authority}/discovery/v2.0/keys`,
        end_session_endpoint: `${authority}/oauth2/v2.0/logout`,
      }),
      cloudDiscoveryMetadata: JSON.stringify({
        tenant_discovery_endpoint: `${authority}/v2.0/.well-known/openid-configuration`,
        'api-version': '1.1',
        metadata: [{ preferred_network: host, preferred_cache: host, aliases: [host] }],
      }),
    },
  });
}

describe('simulator: real msal-node and Graph client', () => {
  const s = useSimulator();

  it('gets a token with a client secret and lists users through the Graph client, following nextLink', async () => {
    const sim = s.get();
    const cca = msalFor(sim, { clientSecret: sourceTenant(sim).clientSecret });
    const client = Client.initWithMiddleware({
      baseUrl: `${sim.connection.authorityHost}/`,
      defaultVersion: 'v1.0',
      customHosts: new Set([new URL(sim.connection.authorityHost).hostname]),
      authProvider: {
        getAccessToken: async () =>
          (await cca.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] }))!.accessToken,
      },
    });
    const first = await client.api('/users').select('id,displayName').top(10).get();
    assert.equal(first.value.length, 10);
    const second = await client.api(first['@odata.nextLink']).get();
    assert.equal(second.value.length, 10);
    assert.notEqual(second.value[0].id, first.value[0].id);
    const found = await client.api('/users').filter("displayName eq 'Seán O''Brien'").select('displayName').get();
    assert.equal(found.value[0].displayName, "Seán O'Brien");
    const search = await client
      .api('/users')
      .header('ConsistencyLevel', 'eventual')
      .search('"displayName:Adele"')
      .count(true)
      .select('displayName')
      .get();
    assert.equal(search['@odata.count'], 1);
    await assert.rejects(
      client.api('/users/nobody@contoso.com').get(),
      (err: { statusCode: unknown; code: unknown; requestId: unknown }) =>
        err.statusCode === 404 && err.code === 'Request_ResourceNotFound' && !!err.requestId,
    );
  });

  it('gets a token with a certificate (client assertion) registered on the bot app', async () => {
    const sim = s.get();
    const pem = fs.readFileSync(sim.connection.clientCertificateFile, 'utf8');
    const cert = new crypto.X509Certificate(pem.slice(pem.indexOf('-----BEGIN CERTIFICATE-----')));
    const privateKey = pem.slice(0, pem.indexOf('-----BEGIN CERTIFICATE-----'));
    const thumbprintSha256 = crypto.createHash('sha256').update(cert.raw).digest('hex');
    const cca = msalFor(sim, { clientCertificate: { thumbprintSha256, privateKey } });
    const result = await cca.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] });
    const claims = JSON.parse(Buffer.from(result!.accessToken.split('.')[1], 'base64url').toString('utf8'));
    assert.equal(claims.appidacr, '2');
    assert.equal(claims.tid, sourceTenant(sim).tenantId);
  });
});
