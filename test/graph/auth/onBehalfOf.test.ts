import assert from 'node:assert/strict';
import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from '@azure/msal-node';
import { ErrorCode, isCoded } from '../../../src/errors';
import { createOnBehalfOfTokens } from '../../../src/graph/auth/onBehalfOfTokens';
import { SignIns } from '../../../src/graph/auth/signIns';
import { captureLogger } from '../support/captureLogger';

const TENANT = '11111111-2222-3333-4444-555555555555';
const MEGAN = { aadObjectId: 'aaaaaaaa-0000-0000-0000-000000000001', tenantId: TENANT, displayName: 'Megan Bowen' };
const LEE = { aadObjectId: 'aaaaaaaa-0000-0000-0000-000000000002', tenantId: TENANT, displayName: 'Lee Gu' };

/** A Teams SSO token's shape (unsigned here: Entra checks the signature when it exchanges it). */
function ssoToken(oid: string, secret: string, expiresInSeconds = 3600): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const exp = Math.floor(Date.now() / 1000) + expiresInSeconds;
  return `${part({ alg: 'RS256', typ: 'JWT' })}.${part({ oid, tid: TENANT, exp, aud: 'api://botid-bot', secret })}.sig`;
}

/** msal's HTTP edge: answers the token POST as Entra would. */
class FakeEntra implements INetworkModule {
  posts: URLSearchParams[] = [];
  constructor(private readonly reply: (form: URLSearchParams) => NetworkResponse<unknown>) {}
  async sendGetRequestAsync<T>(url: string): Promise<NetworkResponse<T>> {
    throw new Error(`unexpected discovery GET ${url}`);
  }
  async sendPostRequestAsync<T>(_url: string, options?: NetworkRequestOptions): Promise<NetworkResponse<T>> {
    const form = new URLSearchParams(options?.body ?? '');
    this.posts.push(form);
    return this.reply(form) as NetworkResponse<T>;
  }
}

const granted = (form: URLSearchParams): NetworkResponse<unknown> => ({
  status: 200,
  headers: {},
  body: {
    token_type: 'Bearer',
    expires_in: 3599,
    ext_expires_in: 3599,
    scope: 'https://graph.microsoft.com/Synchronization.ReadWrite.All',
    access_token: `delegated-access-for-${form.get('assertion')?.length}`,
  },
});

const refused = (error: string, code: number, description: string, claims?: string): NetworkResponse<unknown> => ({
  status: 400,
  headers: {},
  body: {
    error,
    error_description: `AADSTS${code}: ${description}`,
    error_codes: [code],
    suberror: '',
    claims,
    timestamp: '',
    trace_id: '',
    correlation_id: '',
  },
});

function setup(reply: (form: URLSearchParams) => NetworkResponse<unknown>) {
  const { logger, lines } = captureLogger();
  const entra = new FakeEntra(reply);
  const tokens = createOnBehalfOfTokens({
    tenantId: TENANT,
    clientId: 'sso-app',
    secret: 'sso-app-secret',
    authorityHost: 'https://127.0.0.1:8443',
    scope: 'https://graph.microsoft.com/.default',
    signIns: new SignIns(),
    logger,
    networkClient: entra,
  });
  return { tokens, entra, lines };
}

describe('graph/auth on-behalf-of tokens', () => {
  it("exchanges the person's Teams token with the on-behalf-of grant and logs neither token", async () => {
    const { tokens, entra, lines } = setup(granted);
    const assertion = ssoToken(MEGAN.aadObjectId, 'megan-sso-secret');
    await tokens.signIn(MEGAN, assertion);
    const token = await tokens.forUser(MEGAN).getAccessToken();

    assert.match(token, /^delegated-access-for-/);
    const form = entra.posts[0];
    assert.equal(form.get('grant_type'), 'urn:ietf:params:oauth:grant-type:jwt-bearer');
    assert.equal(form.get('requested_token_use'), 'on_behalf_of');
    assert.equal(form.get('assertion'), assertion);
    assert.equal(form.get('client_id'), 'sso-app');
    assert.match(form.get('scope') ?? '', /https:\/\/graph\.microsoft\.com\/\.default/);
    assert.equal(entra.posts[1]?.get('assertion'), assertion, 'the write exchanged the same held assertion');
    const logged = JSON.stringify(lines);
    assert.ok(lines.some((l) => l.msg === 'signed in for changes made as the person'));
    assert.ok(!logged.includes('megan-sso-secret') && !logged.includes(assertion.split('.')[1]));
    assert.ok(!logged.includes(token));
  });

  it('asks a person who has not signed in to sign in, without calling Entra', async () => {
    const { tokens, entra } = setup(granted);
    await assert.rejects(tokens.forUser(LEE).getAccessToken(), (e) => isCoded(e, ErrorCode.SignInRequired));
    assert.equal(entra.posts.length, 0);
  });

  it("refuses to hold a Teams token issued to someone else than the sender, and holds nobody's", async () => {
    const { tokens } = setup(granted);
    await assert.rejects(tokens.signIn(LEE, ssoToken(MEGAN.aadObjectId, 'x')), (e) =>
      isCoded(e, ErrorCode.SignInRequired),
    );
    await assert.rejects(tokens.forUser(LEE).getAccessToken(), (e) => isCoded(e, ErrorCode.SignInRequired));
  });

  it('says when Entra wants multi-factor authentication, keeping the claims challenge', async () => {
    const claims = '{"access_token":{"capolids":{"essential":true,"values":["ca-mfa"]}}}';
    const { tokens } = setup(() =>
      refused('interaction_required', 50076, 'Due to a configuration change made by your administrator…', claims),
    );
    await assert.rejects(tokens.signIn(MEGAN, ssoToken(MEGAN.aadObjectId, 'x')), (e) => {
      assert.ok(isCoded(e, ErrorCode.EntraChallenge));
      assert.match(e.message, /multi-factor authentication/);
      assert.equal(e.details.aadsts, '50076');
      return true;
    });
  });

  it("says when the SSO app's delegated permissions lack admin consent", async () => {
    const { tokens } = setup(() => refused('invalid_grant', 65001, 'The user or administrator has not consented'));
    await assert.rejects(tokens.signIn(MEGAN, ssoToken(MEGAN.aadObjectId, 'x')), (e) => {
      assert.ok(isCoded(e, ErrorCode.EntraChallenge));
      assert.match(e.message, /admin consent/);
      return true;
    });
  });

  it('asks for a fresh sign-in when the held Teams token has expired', async () => {
    const { tokens, entra } = setup(granted);
    await tokens.signIn(MEGAN, ssoToken(MEGAN.aadObjectId, 'x', -5)).catch(() => undefined);
    const before = entra.posts.length;
    await assert.rejects(tokens.forUser(MEGAN).getAccessToken(), (e) => isCoded(e, ErrorCode.SignInRequired));
    assert.equal(entra.posts.length, before);
  });
});
