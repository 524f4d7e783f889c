import assert from 'node:assert/strict';
import { CryptoProvider, PublicClientApplication } from '@azure/msal-node';
import { person, sourceTenant, useSimulator } from './helpers';
import { claimsOf, simulatorAuthority } from './msalAuthority';
import type { TestSimulator } from './testSimulator';

const REDIRECT = 'http://localhost:3978/auth-end';

/** Teams' side of SSO: msal-node's public client asking for the bot's access_as_user scope with PKCE. */
function teamsClient(sim: TestSimulator) {
  const t = sourceTenant(sim);
  return new PublicClientApplication({ auth: { clientId: t.ssoClientId, ...simulatorAuthority(sim, t.tenantId) } });
}

/** Picks a person on the sign-in page the authorize URL shows, as someone clicking their name would. */
async function pick(authorizeUrl: string, userId: string): Promise<URL> {
  const page = await fetch(authorizeUrl);
  assert.equal(page.status, 200);
  const html = await page.text();
  assert.ok(html.includes(`value="${userId}"`), 'the page lists the person');
  const res = await fetch(authorizeUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ user: userId }),
    redirect: 'manual',
  });
  assert.equal(res.status, 302);
  return new URL(res.headers.get('location')!);
}

describe('simulator: sign-in for SSO tokens (authorization code with PKCE)', () => {
  const s = useSimulator();

  it('lets msal-node sign a person in and issues a token for the bot API naming them', async () => {
    const sim = s.get();
    const t = sourceTenant(sim);
    const alex = person(sim, 'Alex Wilber');
    const pca = teamsClient(sim);
    const { verifier, challenge } = await new CryptoProvider().generatePkceCodes();
    const scopes = [`${t.appIdUri}/access_as_user`];
    const url = await pca.getAuthCodeUrl({
      scopes,
      redirectUri: REDIRECT,
      codeChallenge: challenge,
      codeChallengeMethod: 'S256',
      state: 'xyz',
    });
    const back = await pick(url, alex.id);
    assert.equal(back.origin + back.pathname, REDIRECT);
    assert.equal(back.searchParams.get('state'), 'xyz');
    const result = await pca.acquireTokenByCode({
      code: back.searchParams.get('code')!,
      scopes,
      redirectUri: REDIRECT,
      codeVerifier: verifier,
    });
    const c = claimsOf(result.accessToken);
    assert.equal(c.aud, t.clientId);
    assert.equal(c.azp, t.ssoClientId);
    assert.equal(c.scp, 'access_as_user');
    assert.equal(c.oid, alex.id);
    assert.equal(c.preferred_username, alex.userPrincipalName);
    assert.equal(c.tid, t.tenantId);
    assert.equal(result.account?.username, alex.userPrincipalName);
  });

  it('refuses a code redeemed twice or with the wrong PKCE verifier', async () => {
    const sim = s.get();
    const t = sourceTenant(sim);
    const pca = teamsClient(sim);
    const { verifier, challenge } = await new CryptoProvider().generatePkceCodes();
    const scopes = [`${t.appIdUri}/access_as_user`];
    const url = await pca.getAuthCodeUrl({
      scopes,
      redirectUri: REDIRECT,
      codeChallenge: challenge,
      codeChallengeMethod: 'S256',
    });
    const code = (await pick(url, person(sim, 'Megan Bowen').id)).searchParams.get('code')!;
    await assert.rejects(
      pca.acquireTokenByCode({ code, scopes, redirectUri: REDIRECT, codeVerifier: 'not-the-verifier-' + verifier }),
      (err: { errorCode?: string; errorMessage?: string }) =>
        err.errorCode === 'invalid_grant' && /AADSTS501481/.test(err.errorMessage ?? ''),
    );
    // The failed attempt used the code up, as Entra does.
    await assert.rejects(
      pca.acquireTokenByCode({ code, scopes, redirectUri: REDIRECT, codeVerifier: verifier }),
      (err: { errorMessage?: string }) => /AADSTS70000/.test(err.errorMessage ?? ''),
    );
  });

  it('sends a public client without PKCE back with an error, and refuses a scope no app exposes', async () => {
    const sim = s.get();
    const t = sourceTenant(sim);
    const base = `${sim.connection.authorityHost}/${t.tenantId}/oauth2/v2.0/authorize`;
    const common = { client_id: t.ssoClientId, response_type: 'code', redirect_uri: REDIRECT, state: 's1' };
    const noPkce = await fetch(`${base}?${new URLSearchParams({ ...common, scope: `${t.appIdUri}/access_as_user` })}`, {
      redirect: 'manual',
    });
    assert.equal(noPkce.status, 302);
    const back = new URL(noPkce.headers.get('location')!);
    assert.equal(back.searchParams.get('error'), 'invalid_request');
    assert.equal(back.searchParams.get('state'), 's1');
    const wrongScope = await fetch(
      `${base}?` +
        new URLSearchParams({
          ...common,
          scope: 'api://nobody/access_as_user',
          code_challenge: 'x',
          code_challenge_method: 'S256',
        }).toString(),
      { redirect: 'manual' },
    );
    assert.equal(new URL(wrongScope.headers.get('location')!).searchParams.get('error'), 'invalid_scope');
    const foreignRedirect = await fetch(
      `${base}?${new URLSearchParams({ ...common, redirect_uri: 'https://evil.example/cb' })}`,
    );
    assert.equal(foreignRedirect.status, 400);
    assert.match(await foreignRedirect.text(), /AADSTS50011/);
  });

  it('lists the members on the sign-in page, names escaped, and only the hinted one with login_hint', async () => {
    const sim = s.get();
    const t = sourceTenant(sim);
    const query = new URLSearchParams({
      client_id: t.ssoClientId,
      response_type: 'code',
      redirect_uri: REDIRECT,
      scope: `${t.appIdUri}/access_as_user`,
      code_challenge: 'x'.repeat(43),
      code_challenge_method: 'S256',
    });
    const base = `${sim.connection.authorityHost}/${t.tenantId}/oauth2/v2.0/authorize`;
    const html = await (await fetch(`${base}?${query}`)).text();
    assert.ok(html.includes('Seán O&#39;Brien'), 'the hostile name is escaped');
    assert.ok(!html.includes('Ben Walters'), 'a disabled account is not offered');
    query.set('login_hint', 'MeganB@contoso.com');
    const hinted = await (await fetch(`${base}?${query}`)).text();
    assert.equal((hinted.match(/name="user" value=/g) ?? []).length, 1);
    assert.ok(hinted.includes('Megan Bowen'));
  });

  it("gives tests the same token through the client, by the person's user name", async () => {
    const sim = s.get();
    const lynne = person(sim, 'Lynne Robbins');
    const c = claimsOf(await sim.userAssertion(lynne.userPrincipalName));
    assert.equal(c.oid, lynne.id);
    assert.deepEqual(c.amr, ['pwd']);
    assert.deepEqual(claimsOf(await sim.userAssertion(lynne.id, { mfa: true })).amr, ['pwd', 'mfa']);
  });
});
