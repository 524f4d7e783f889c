import assert from 'node:assert/strict';
import {
  constants,
  createHash,
  createPublicKey,
  createVerify,
  generateKeyPairSync,
  X509Certificate,
} from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import net from 'node:net';
import path from 'node:path';
import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from '@azure/msal-node';
import forge from 'node-forge';
import { CodedError, ErrorCode, isCoded } from '../../../src/errors';
import { authorityOptions } from '../../../src/graph/auth/authorityMetadata';
import { readCertificateCredential } from '../../../src/graph/auth/certificateCredential';
import { graphScope } from '../../../src/graph/auth/graphScope';
import { createManagedIdentityTokenProvider } from '../../../src/graph/auth/managedIdentityTokenProvider';
import { createMsalTokenProvider } from '../../../src/graph/auth/msalTokenProvider';
import { captureLogger } from '../support/captureLogger';

const AUTHORITY_HOST = 'https://127.0.0.1:8443';
const TENANT = '11111111-2222-3333-4444-555555555555';

/** msal's HTTP edge: records requests and answers token POSTs with a canned reply. */
class FakeNetwork implements INetworkModule {
  gets: string[] = [];
  posts: Array<{ url: string; form: URLSearchParams }> = [];
  constructor(private readonly reply: (form: URLSearchParams) => NetworkResponse<unknown> | Error) {}
  async sendGetRequestAsync<T>(url: string): Promise<NetworkResponse<T>> {
    this.gets.push(url);
    throw new Error(`unexpected discovery GET ${url}`);
  }
  async sendPostRequestAsync<T>(url: string, options?: NetworkRequestOptions): Promise<NetworkResponse<T>> {
    const form = new URLSearchParams(options?.body ?? '');
    this.posts.push({ url, form });
    const reply = this.reply(form);
    if (reply instanceof Error) throw reply;
    return reply as NetworkResponse<T>;
  }
}

const tokenReply = (): NetworkResponse<unknown> => ({
  status: 200,
  headers: {},
  body: { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: 'access-token-1' },
});

const errorReply = (status: number, error: string, code: number, description: string): NetworkResponse<unknown> => ({
  status,
  headers: {},
  body: {
    error,
    error_description: `AADSTS${code}: ${description}`,
    error_codes: [code],
    timestamp: '',
    trace_id: '',
    correlation_id: '',
  },
});

function provider(network: FakeNetwork, extra: { secret?: string } = { secret: 'the-secret' }) {
  const { logger, lines } = captureLogger();
  const tokens = createMsalTokenProvider({
    tenantId: TENANT,
    clientId: 'client-1',
    ...extra,
    authorityHost: AUTHORITY_HOST,
    scope: 'https://graph.microsoft.com/.default',
    logger,
    networkClient: network,
  });
  return { tokens, lines };
}

describe('graph/auth token providers', () => {
  it('builds authority metadata so msal needs no discovery', () => {
    const options = authorityOptions('https://login.microsoftonline.com', TENANT);
    assert.equal(options.authority, `https://login.microsoftonline.com/${TENANT}`);
    assert.deepEqual(options.knownAuthorities, ['login.microsoftonline.com']);
    assert.equal(
      JSON.parse(options.authorityMetadata).token_endpoint,
      `https://login.microsoftonline.com/${TENANT}/oauth2/v2.0/token`,
    );
    assert.equal(JSON.parse(options.authorityMetadata).issuer, `https://login.microsoftonline.com/${TENANT}/v2.0`);
    assert.deepEqual(JSON.parse(options.cloudDiscoveryMetadata).metadata[0].aliases, ['login.microsoftonline.com']);
    assert.deepEqual(authorityOptions(AUTHORITY_HOST, TENANT).knownAuthorities, ['127.0.0.1:8443']);
    assert.equal(graphScope('https://graph.microsoft.us/v1.0'), 'https://graph.microsoft.us/.default');
    assert.equal(graphScope('https://127.0.0.1:9/v1.0'), 'https://graph.microsoft.com/.default');
  });

  it('gets a token with a client secret: one POST to the token endpoint, no discovery, then the cache', async () => {
    const network = new FakeNetwork(tokenReply);
    const { tokens } = provider(network);
    assert.equal(await tokens.getAccessToken(), 'access-token-1');
    assert.equal(await tokens.getAccessToken(), 'access-token-1');
    assert.deepEqual(network.gets, []);
    assert.equal(network.posts.length, 1, 'the second token came from msal’s cache');
    const [post] = network.posts;
    assert.equal(post.url.split('?')[0], `${AUTHORITY_HOST}/${TENANT}/oauth2/v2.0/token`);
    assert.equal(post.form.get('grant_type'), 'client_credentials');
    assert.equal(post.form.get('client_id'), 'client-1');
    assert.equal(post.form.get('client_secret'), 'the-secret');
    assert.equal(post.form.get('scope'), 'https://graph.microsoft.com/.default');
  });

  it('says the secret is wrong, the client unknown or the tenant missing, from the AADSTS code', async () => {
    const cases: Array<[NetworkResponse<unknown>, RegExp]> = [
      [
        errorReply(401, 'invalid_client', 7000215, 'Invalid client secret provided.'),
        /client secret is wrong: GRAPH_CLIENT_SECRET must be the secret Value/,
      ],
      [
        errorReply(400, 'unauthorized_client', 700016, 'Application not found in the directory.'),
        /no application with GRAPH_CLIENT_ID exists in tenant GRAPH_TENANT_ID/,
      ],
      [errorReply(400, 'invalid_request', 90002, 'Tenant not found.'), /tenant GRAPH_TENANT_ID was not found/],
      [
        errorReply(401, 'invalid_client', 1234567, 'Something else.'),
        /check GRAPH_CLIENT_ID and the client secret or certificate/,
      ],
    ];
    for (const [reply, message] of cases) {
      const { tokens, lines } = provider(new FakeNetwork(() => reply));
      const error = await tokens.getAccessToken().catch((e: unknown) => e);
      assert.ok(isCoded(error, ErrorCode.GraphUnauthorized), String(error));
      assert.match((error as Error).message, message);
      assert.ok(!(error as Error).message.includes('the-secret'));
      assert.ok(!JSON.stringify(lines).includes('the-secret'), 'the secret never reaches the log');
    }
  });

  it('says the sign-in endpoint is unreachable when the network fails', async () => {
    const { tokens } = provider(new FakeNetwork(() => new TypeError('fetch failed')));
    const error = await tokens.getAccessToken().catch((e: unknown) => e);
    assert.ok(isCoded(error, ErrorCode.GraphUnreachable), String(error));
    assert.match((error as Error).message, /AUTHORITY_HOST/);
  });

  it('uses msal’s own HTTP client when none is given: a closed port is "unreachable", not a stub error', async () => {
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as net.AddressInfo;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const tokens = createMsalTokenProvider({
      tenantId: TENANT,
      clientId: 'client-1',
      secret: 'the-secret',
      authorityHost: `https://127.0.0.1:${port}`,
      scope: 'https://graph.microsoft.com/.default',
      logger: captureLogger().logger,
    });
    const error = await tokens.getAccessToken().catch((e: unknown) => e);
    assert.ok(isCoded(error, ErrorCode.GraphUnreachable), String(error));
    assert.match((error as Error).message, new RegExp(`https://127.0.0.1:${port}/${TENANT}`));
  });

  describe('with a certificate', () => {
    let dir: string;
    let pemPath: string;
    let certificatePem: string;
    before(() => {
      dir = mkdtempSync(path.join(tmpdir(), 'gw-cert-'));
      const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
      const cert = forge.pki.createCertificate();
      cert.publicKey = forge.pki.publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }).toString());
      cert.serialNumber = '01';
      cert.validity.notBefore = new Date(Date.now() - 60_000);
      cert.validity.notAfter = new Date(Date.now() + 86_400_000);
      cert.setSubject([{ name: 'commonName', value: 'cts-bot' }]);
      cert.setIssuer([{ name: 'commonName', value: 'cts-bot' }]);
      cert.sign(
        forge.pki.privateKeyFromPem(privateKey.export({ type: 'pkcs1', format: 'pem' }).toString()),
        forge.md.sha256.create(),
      );
      certificatePem = forge.pki.certificateToPem(cert);
      pemPath = path.join(dir, 'graph.pem');
      writeFileSync(pemPath, `${privateKey.export({ type: 'pkcs1', format: 'pem' })}\n${certificatePem}`);
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    it('reads key and certificate from one PEM and computes the SHA-256 thumbprint', () => {
      const credential = readCertificateCredential(pemPath);
      const expected = createHash('sha256').update(new X509Certificate(certificatePem).raw).digest('hex');
      assert.equal(credential.thumbprintSha256, expected);
      assert.match(credential.privateKey, /BEGIN PRIVATE KEY/);
    });

    it('signs a client assertion for the token endpoint with x5t#S256', async () => {
      const network = new FakeNetwork(tokenReply);
      const { logger } = captureLogger();
      const credential = readCertificateCredential(pemPath);
      const tokens = createMsalTokenProvider({
        tenantId: TENANT,
        clientId: 'client-1',
        certificate: credential,
        authorityHost: AUTHORITY_HOST,
        scope: 'https://graph.microsoft.com/.default',
        logger,
        networkClient: network,
      });
      assert.equal(await tokens.getAccessToken(), 'access-token-1');
      const form = network.posts[0].form;
      assert.equal(form.get('client_secret'), null);
      assert.equal(form.get('client_assertion_type'), 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer');
      const [header, payload, signature] = String(form.get('client_assertion')).split('.');
      const head = JSON.parse(Buffer.from(header, 'base64url').toString());
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
      assert.equal(head['x5t#S256'], Buffer.from(credential.thumbprintSha256, 'hex').toString('base64url'));
      assert.equal(claims.aud, `${AUTHORITY_HOST}/${TENANT}/oauth2/v2.0/token`);
      assert.equal(claims.iss, 'client-1');
      // With a SHA-256 thumbprint msal signs with RSASSA-PSS (PS256).
      assert.equal(head.alg, 'PS256');
      const verifier = createVerify('RSA-SHA256').update(`${header}.${payload}`);
      const key = {
        key: createPublicKey(certificatePem),
        padding: constants.RSA_PKCS1_PSS_PADDING,
        saltLength: constants.RSA_PSS_SALTLEN_DIGEST,
      };
      assert.ok(verifier.verify(key, Buffer.from(signature, 'base64url')), 'signed with the certificate’s key');
    });

    it('explains a missing or incomplete PEM file', () => {
      assert.throws(
        () => readCertificateCredential(path.join(dir, 'missing.pem')),
        (e: unknown) => isCoded(e, ErrorCode.BotMisconfigured) && /cannot read/.test((e as Error).message),
      );
      const certOnly = path.join(dir, 'cert-only.pem');
      writeFileSync(certOnly, certificatePem);
      assert.throws(
        () => readCertificateCredential(certOnly),
        /must hold both an unencrypted private key and its certificate .*found no key and 1 certificate/,
      );
    });
  });

  describe('with a managed identity', () => {
    it('returns the credential’s token for the Graph scope', async () => {
      const scopes: unknown[] = [];
      const tokens = createManagedIdentityTokenProvider({
        scope: 'https://graph.microsoft.com/.default',
        credential: {
          getToken: async (scope) => (
            scopes.push(scope),
            { token: 'mi-token', expiresOnTimestamp: Date.now() + 3600_000 }
          ),
        },
      });
      assert.equal(await tokens.getAccessToken(), 'mi-token');
      assert.deepEqual(scopes, ['https://graph.microsoft.com/.default']);
    });

    it('says when the host has no managed identity', async () => {
      const unavailable = Object.assign(new Error('ManagedIdentityCredential: no endpoint'), {
        name: 'CredentialUnavailableError',
      });
      const tokens = createManagedIdentityTokenProvider({
        clientId: 'mi-1',
        scope: 's',
        credential: { getToken: async () => Promise.reject(unavailable) },
      });
      const error = (await tokens.getAccessToken().catch((e: unknown) => e)) as CodedError;
      assert.equal(error.code, ErrorCode.GraphUnauthorized);
      assert.match(error.message, /no user-assigned managed identity mi-1 is available on this host/);
    });
  });
});
