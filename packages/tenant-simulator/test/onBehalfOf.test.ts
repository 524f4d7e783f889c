import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { ConfidentialClientApplication, InteractionRequiredAuthError } from '@azure/msal-node';
import { configuration, graph, person, sourceTenant, useSimulator } from './helpers';
import { claimsOf, simulatorAuthority } from './msalAuthority';
import type { TestSimulator } from './testSimulator';

/** The bot's side: msal-node's confidential client trading the person's SSO token for a Graph token. */
function bot(sim: TestSimulator) {
  const t = sourceTenant(sim);
  return new ConfidentialClientApplication({
    auth: { clientId: t.clientId, clientSecret: t.clientSecret, ...simulatorAuthority(sim, t.tenantId) },
  });
}

const GRAPH_DEFAULT = ['https://graph.microsoft.com/.default'];

describe('simulator: on-behalf-of grant', () => {
  const s = useSimulator();

  it('gives msal-node a delegated Graph token: scp, the person (oid, upn, name), idtyp=user, appid', async () => {
    const sim = s.get();
    const t = sourceTenant(sim);
    const alex = person(sim, 'Alex Wilber');
    const result = await bot(sim).acquireTokenOnBehalfOf({
      oboAssertion: await sim.userAssertion(alex.userPrincipalName),
      scopes: GRAPH_DEFAULT,
    });
    const c = claimsOf(result!.accessToken);
    assert.equal(c.aud, 'https://graph.microsoft.com');
    assert.equal(c.idtyp, 'user');
    assert.equal(c.oid, alex.id);
    assert.equal(c.upn, alex.userPrincipalName);
    assert.equal(c.name, 'Alex Wilber');
    assert.equal(c.tid, t.tenantId);
    assert.equal(c.appid, t.clientId);
    assert.equal(c.roles, undefined);
    assert.deepEqual(c.wids, ['8ac3fc64-6eca-42ea-9e69-59f4c7b60eb2'], 'Hybrid Identity Administrator');
    const scp = String(c.scp).split(' ');
    for (const needed of [
      'Synchronization.ReadWrite.All',
      'AppRoleAssignment.ReadWrite.All',
      'Policy.ReadWrite.CrossTenantAccess',
    ])
      assert.ok(scp.includes(needed), needed);
    // Graph serves the person: a Hybrid Identity Administrator reads the synchronization jobs with it.
    const c1 = configuration(sim, 'Contoso A');
    const jobs = await graph(sim, 'GET', `/servicePrincipals/${c1.servicePrincipalId}/synchronization/jobs`, {
      token: result!.accessToken,
    });
    assert.equal(jobs.status, 200);
    assert.equal(jobs.body.value[0].id, c1.jobId);
  });

  it('accepts the app proving itself with its certificate (client assertion), as msal-node sends it', async () => {
    const sim = s.get();
    const t = sourceTenant(sim);
    const pem = fs.readFileSync(sim.connection.clientCertificateFile, 'utf8');
    const cert = new crypto.X509Certificate(pem.slice(pem.indexOf('-----BEGIN CERTIFICATE-----')));
    const cca = new ConfidentialClientApplication({
      auth: {
        clientId: t.clientId,
        clientCertificate: {
          thumbprintSha256: crypto.createHash('sha256').update(cert.raw).digest('hex'),
          privateKey: pem,
        },
        ...simulatorAuthority(sim, t.tenantId),
      },
    });
    const result = await cca.acquireTokenOnBehalfOf({
      oboAssertion: await sim.userAssertion(person(sim, 'Megan Bowen').id),
      scopes: GRAPH_DEFAULT,
    });
    assert.equal(claimsOf(result!.accessToken).oid, person(sim, 'Megan Bowen').id);
  });

  it('answers an expired assertion and one for another audience with invalid_grant as Entra does', async () => {
    const sim = s.get();
    const t = sourceTenant(sim);
    const upn = person(sim, 'Alex Wilber').userPrincipalName;
    const expired = await sim.control('POST', `/tenants/contoso/users/${upn}/sso-token`, { expiresInSeconds: -60 });
    const old = await sim.onBehalfOf(expired.body.access_token);
    assert.equal(old.status, 400);
    assert.equal(old.body.error, 'invalid_grant');
    assert.deepEqual(old.body.error_codes, [500133]);
    const graphAudience = await sim.control('POST', `/tenants/contoso/users/${upn}/sso-token`, {
      audience: '00000003-0000-0000-c000-000000000000',
    });
    const foreign = await sim.onBehalfOf(graphAudience.body.access_token);
    assert.equal(foreign.body.error, 'invalid_grant');
    assert.deepEqual(foreign.body.error_codes, [500131]);
    assert.match(String(foreign.body.error_description), new RegExp(`expected audience is '${t.clientId}'`));
    const forged = await sim.onBehalfOf(graphAudience.body.access_token.replace(/\.[^.]+$/, '.AAAA'));
    assert.deepEqual(forged.body.error_codes, [50013]);
  });

  it('refuses a scope nobody consented to with AADSTS65001 (consent_required)', async () => {
    const sim = s.get();
    const assertion = await sim.userAssertion(person(sim, 'Megan Bowen').userPrincipalName);
    const res = await sim.onBehalfOf(assertion, { scope: 'https://graph.microsoft.com/Directory.ReadWrite.All' });
    assert.equal(res.status, 400);
    assert.equal(res.body.error, 'invalid_grant');
    assert.equal(res.body.suberror, 'consent_required');
    assert.deepEqual(res.body.error_codes, [65001]);
    const narrow = await sim.onBehalfOf(assertion, {
      scope: 'https://graph.microsoft.com/Synchronization.ReadWrite.All',
    });
    assert.equal(narrow.status, 200);
    assert.equal(claimsOf(String(narrow.body.access_token)).scp, 'Synchronization.ReadWrite.All');
  });

  it('asks for MFA with a claims challenge when Conditional Access wants it; passes after MFA', async () => {
    const sim = s.get();
    const miriam = person(sim, 'Miriam Graham');
    assert.equal(miriam.mfa, 'required');
    const cca = bot(sim);
    let challenge: InteractionRequiredAuthError | undefined;
    try {
      await cca.acquireTokenOnBehalfOf({ oboAssertion: await sim.userAssertion(miriam.id), scopes: GRAPH_DEFAULT });
    } catch (err) {
      challenge = err as InteractionRequiredAuthError;
    }
    assert.ok(challenge instanceof InteractionRequiredAuthError, 'msal-node reports interaction_required');
    assert.equal(challenge.errorCode, 'interaction_required');
    assert.match(challenge.errorMessage, /AADSTS50076/);
    assert.ok(JSON.parse(challenge.claims).access_token.capolids.essential);
    const withMfa = await cca.acquireTokenOnBehalfOf({
      oboAssertion: await sim.userAssertion(miriam.id, { mfa: true }),
      scopes: GRAPH_DEFAULT,
    });
    assert.deepEqual(claimsOf(withMfa!.accessToken).amr, ['pwd', 'mfa']);
  });

  it('answers a person who has not registered for MFA with AADSTS50079, whatever the assertion', async () => {
    const sim = s.get();
    const adele = person(sim, 'Adele Vance');
    await sim.setUserAccess(adele.id, { mfa: 'registrationRequired' });
    try {
      const res = await sim.onBehalfOf(await sim.userAssertion(adele.id, { mfa: true }));
      assert.equal(res.body.error, 'interaction_required');
      assert.deepEqual(res.body.error_codes, [50079]);
      assert.equal(typeof res.body.claims, 'string');
    } finally {
      await sim.setUserAccess(adele.id, { mfa: null });
    }
  });

  it('needs the app to authenticate, and the grant to say on_behalf_of', async () => {
    const sim = s.get();
    const t = sourceTenant(sim);
    const assertion = await sim.userAssertion(person(sim, 'Alex Wilber').id);
    const post = (form: Record<string, string>) =>
      fetch(`${sim.connection.authorityHost}/${t.tenantId}/oauth2/v2.0/token`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(form),
      }).then(async (r) => ({ status: r.status, body: await r.json() }));
    const base = {
      grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
      client_id: t.clientId,
      assertion,
      scope: GRAPH_DEFAULT[0],
    };
    const noSecret = await post({ ...base, requested_token_use: 'on_behalf_of' });
    assert.equal(noSecret.status, 401);
    assert.equal(noSecret.body.error, 'invalid_client');
    const noUse = await post({ ...base, client_secret: t.clientSecret });
    assert.equal(noUse.body.error, 'invalid_request');
  });
});
