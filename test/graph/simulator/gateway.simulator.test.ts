import assert from 'node:assert/strict';
import { CodedError, ErrorCode, isCoded } from '../../../src/errors';
import { createConfigurationCatalog } from '../../../src/sync/configurationCatalog';
import { startTestSimulator, TestSimulator } from '../../support/simulator';
import { captureLogger } from '../support/captureLogger';
import { gatewayFor, tenantOf } from './simulatorGateway';

describe('graph gateway against the tenant simulator (msal-node + Graph client over HTTPS)', function () {
  let sim: TestSimulator;
  before(async () => {
    sim = await startTestSimulator();
  });
  after(async () => sim?.stop());

  it('finds users by name, UPN, mail, alias and partial name with server-side queries', async () => {
    const { gateway, requests } = gatewayFor(sim, tenantOf(sim, 'source'));
    const [adele] = await gateway.findUsers('Adele Vance');
    assert.equal(adele?.displayName, 'Adele Vance');
    assert.match(adele.userPrincipalName, /^AdeleV@/i);
    assert.equal((await gateway.findUsers(adele.userPrincipalName))[0]?.id, adele.id);
    assert.equal((await gateway.findUsers('adelev'))[0]?.id, adele.id, 'by alias');
    assert.equal((await gateway.getUser(adele.userPrincipalName))?.id, adele.id);
    const [sean] = await gateway.findUsers("Seán O'Brien");
    assert.equal(sean?.displayName, "Seán O'Brien");
    const byLastName = await gateway.findUsers('Vance');
    assert.ok(
      byLastName.some((u) => u.id === adele.id),
      'a last name is found through $search',
    );
    assert.ok(requests.every((r) => r.path !== '/v1.0/users' || r.status === 200));
    assert.deepEqual(await gateway.findUsers('Nobody ByThatName'), []);
  });

  it('finds users starting with any of several prefixes in one request, hostile text included', async () => {
    const { gateway, requests } = gatewayFor(sim, tenantOf(sim, 'source'));
    const found = await gateway.findUsersStartingWithAny(["O'B", 'vanc', 'meganb@', 'a"b\\c OR "x'], { top: 50 });
    assert.deepEqual(found.map((u) => u.displayName).sort(), ['Adele Vance', 'Megan Bowen', "Seán O'Brien"]);
    assert.deepEqual(
      requests.map((r) => `${r.method} ${r.path} ${r.status}`),
      ['GET /v1.0/users 200'],
    );
    assert.deepEqual(await gateway.findUsersStartingWithAny(['zzq', 'qqz']), []);
  });

  it('lists configurations with jobs, targets and scope in two round trips; the catalog names targets', async () => {
    const source = tenantOf(sim, 'source');
    const { gateway, requests } = gatewayFor(sim, source);
    const configs = await gateway.listConfigurations();
    const names = configs.map((c) => c.displayName);
    assert.ok(names.includes('Contoso A') && names.includes('Contoso B'), names.join(', '));
    const a = configs.find((c) => c.displayName === 'Contoso A')!;
    assert.equal(a.target?.tenantId, tenantOf(sim, 'Fabrikam').tenantId);
    assert.equal(a.job?.templateId, 'Azure2Azure');
    assert.equal(a.scopeMode, 'assignedOnly');
    assert.ok(a.appRoleId);
    assert.deepEqual(
      requests.map((r) => `${r.method} ${r.path}`),
      ['GET /v1.0/servicePrincipals', 'POST /v1.0/$batch'],
    );

    const catalog = createConfigurationCatalog({ gateway, logger: captureLogger().logger });
    const listed = await catalog.list();
    assert.equal(listed.find((c) => c.displayName === 'Contoso A')?.target?.displayName?.startsWith('Fabrikam'), true);
    assert.equal((await catalog.resolve('contoso-a')).match?.servicePrincipalId, a.servicePrincipalId);
  });

  it('shows a configuration: job, schedule, scope counts, mappings, rule id and partner trust', async () => {
    const { gateway, lines } = gatewayFor(sim, tenantOf(sim, 'source'));
    const catalog = createConfigurationCatalog({ gateway, logger: captureLogger().logger });
    const a = (await catalog.resolve('Contoso A')).match!;
    const details = await catalog.details(a);
    assert.equal(details.config.job?.interval, 'PT40M');
    assert.ok(details.scope.users >= 1, 'Adele Vance is assigned');
    assert.equal(details.settings?.companyId, tenantOf(sim, 'Fabrikam').tenantId);
    assert.equal(details.partner?.automaticUserConsent.outboundAllowed, true);
    const userType = details.mappings?.attributeMappings.find((m) => m.targetAttributeName === 'userType');
    assert.equal(userType?.source, 'Member');
    assert.ok(!details.warnings.some((w) => w.startsWith('Could not read')), details.warnings.join('\n'));
    assert.ok(await gateway.getUserRuleId(a.servicePrincipalId, a.job!.id));
    const assignments = await gateway.listAssignments(a.servicePrincipalId);
    const adele = (await gateway.findUsers('Adele Vance'))[0];
    assert.ok(assignments.some((x) => x.principalId === adele.id));
    assert.equal(lines.filter((l) => l.level >= 40).length, 0);
  });

  it('tests the connection: Contoso A passes, Contoso B fails on auto-redemption', async () => {
    const { gateway } = gatewayFor(sim, tenantOf(sim, 'source'));
    const configs = await gateway.listConfigurations();
    const a = configs.find((c) => c.displayName === 'Contoso A')!;
    const b = configs.find((c) => c.displayName === 'Contoso B')!;
    assert.deepEqual(await gateway.validateJobCredentials(a.servicePrincipalId, a.job!.id), { ok: true });
    const failed = await gateway.validateJobCredentials(b.servicePrincipalId, b.job!.id);
    assert.equal(failed.ok, false);
    assert.equal(failed.ok === false && failed.code, 'AzureDirectoryB2BManagementPolicyCheckFailure');
    const viaTarget = await gateway.validateCredentials(b.servicePrincipalId, b.target!.tenantId);
    assert.equal(viaTarget.ok, false);
  });

  it('reads tenant lookups, partner policies and inbound sync of the target', async () => {
    const fabrikam = tenantOf(sim, 'Fabrikam');
    const source = tenantOf(sim, 'source');
    const { gateway } = gatewayFor(sim, source);
    assert.equal((await gateway.findTenantByDomain(fabrikam.domain))?.tenantId, fabrikam.tenantId);
    assert.equal((await gateway.findTenantById(fabrikam.tenantId))?.tenantId, fabrikam.tenantId);
    assert.equal(await gateway.findTenantByDomain('no-such-domain.example'), undefined);
    const target = gatewayFor(sim, fabrikam).gateway;
    const inbound = await target.getIdentitySynchronization(source.tenantId);
    assert.equal(inbound?.userSyncInboundAllowed, true);
    assert.equal((await target.getPartner(source.tenantId))?.automaticUserConsent.inboundAllowed, true);
  });

  it('signs in with the certificate as well as with the secret', async () => {
    const { gateway } = gatewayFor(sim, tenantOf(sim, 'source'), 'certificate');
    assert.ok((await gateway.listConfigurations()).length >= 2);
  });

  it('says the secret is wrong when the token endpoint refuses it', async () => {
    const { gateway } = gatewayFor(sim, tenantOf(sim, 'source'), 'wrongSecret');
    const error = await gateway.listConfigurations().catch((e: unknown) => e);
    assert.ok(isCoded(error, ErrorCode.GraphUnauthorized), String(error));
    assert.match((error as Error).message, /client secret is wrong: GRAPH_CLIENT_SECRET must be the secret Value/);
    assert.ok(!(error as Error).message.includes('not-the-secret'));
  });

  it('turns a 403 for listing jobs into the missing permission, logged with the request id', async () => {
    const source = tenantOf(sim, 'source');
    const { gateway: full } = gatewayFor(sim, source);
    const a = (await full.listConfigurations()).find((c) => c.displayName === 'Contoso A')!;
    const { gateway, lines } = gatewayFor(sim, source, 'limited');
    const error = (await gateway.listJobs(a.servicePrincipalId).catch((e: unknown) => e)) as CodedError;
    assert.equal(error.code, ErrorCode.GraphForbidden);
    assert.equal(error.details.graphCode, 'Authorization_RequestDenied');
    assert.match(error.message, /Synchronization\.Read\.All/);
    assert.ok(error.details.requestId, 'the request id is kept');
    const line = lines.find((l) => (l.graph as { status?: number } | undefined)?.status === 403);
    assert.equal((line?.graph as { requestId?: string }).requestId, error.details.requestId);
    assert.deepEqual(
      (line?.graph as { requiredPermissions?: string[] }).requiredPermissions?.[0],
      'Synchronization.Read.All',
    );
  });

  it('waits out simulated throttling as Retry-After says and then succeeds', async () => {
    const source = tenantOf(sim, 'source');
    const added = await sim.control('POST', '/faults', {
      kind: 'throttle',
      tenantId: source.tenantId,
      path: '/users',
      count: 1,
      retryAfterSeconds: 3,
    });
    assert.ok(added.status === 200 || added.status === 201, JSON.stringify(added.body));
    const { gateway, waits, requests } = gatewayFor(sim, source);
    const users = await gateway.findUsers('Adele Vance');
    assert.equal(users.length, 1);
    assert.deepEqual(waits, [3000]);
    assert.deepEqual(
      requests.map((r) => r.status),
      [429, 200],
    );
  });

  it('starts and pauses a job and reads its status back', async () => {
    const { gateway } = gatewayFor(sim, tenantOf(sim, 'source'));
    const b = (await gateway.listConfigurations()).find((c) => c.displayName === 'Contoso B')!;
    await gateway.pauseJob(b.servicePrincipalId, b.job!.id);
    assert.equal((await gateway.getJob(b.servicePrincipalId, b.job!.id))?.status, 'Paused');
    await gateway.startJob(b.servicePrincipalId, b.job!.id);
    assert.notEqual((await gateway.getJob(b.servicePrincipalId, b.job!.id))?.scheduleState, 'Disabled');
    assert.equal(await gateway.getJob(b.servicePrincipalId, 'no-such-job'), undefined);
  });
});
