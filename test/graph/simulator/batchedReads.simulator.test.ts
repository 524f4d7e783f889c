import assert from 'node:assert/strict';
import { CodedError, ErrorCode } from '../../../src/errors';
import type { MappingSet, SyncConfiguration } from '../../../src/domain';
import { startTestSimulator, TestSimulator } from '../../support/simulator';
import { gatewayFor, tenantOf } from './simulatorGateway';

const NO_SUCH_SP = '00000000-0000-4000-8000-000000000000';

function userTypeFlow(mappings: MappingSet | undefined | CodedError): string | undefined {
  assert.ok(mappings && !(mappings instanceof CodedError), `mappings were read: ${String(mappings)}`);
  return mappings.attributeMappings.find((m) => m.targetAttributeName === 'userType')?.flowType;
}

describe('graph gateway batched reads against the tenant simulator', function () {
  let sim: TestSimulator;
  let contosoA: SyncConfiguration;
  let contosoB: SyncConfiguration;
  before(async () => {
    sim = await startTestSimulator();
    const configs = await gatewayFor(sim, tenantOf(sim, 'source')).gateway.listConfigurations();
    contosoA = configs.find((c) => c.displayName === 'Contoso A')!;
    contosoB = configs.find((c) => c.displayName === 'Contoso B')!;
  });
  afterEach(async () => sim.control('DELETE', '/faults'));
  after(async () => sim?.stop());

  const source = () => gatewayFor(sim, tenantOf(sim, 'source'));
  const calls = (requests: Array<{ method: string; path: string }>) => requests.map((r) => `${r.method} ${r.path}`);
  const batchItems = async () =>
    ((await sim.control('GET', '/counters')).body as { batchItems: Record<string, number> }).batchItems;
  const failNext = (path: string, status: number, code: string, count = 1) =>
    sim.control('POST', '/faults', {
      kind: 'error',
      path,
      status,
      code,
      message: 'Insufficient privileges to complete the operation.',
      count,
    });

  it('reads the assignments of several configurations in one $batch, each as listAssignments does', async () => {
    const { gateway, requests } = source();
    const each = await gateway.listAssignmentsOfEach([contosoB.servicePrincipalId, contosoA.servicePrincipalId]);
    assert.deepEqual(calls(requests), ['POST /v1.0/$batch']);
    assert.deepEqual(each, [
      await gateway.listAssignments(contosoB.servicePrincipalId),
      await gateway.listAssignments(contosoA.servicePrincipalId),
    ]);
    const [adele] = await gateway.findUsers('Adele Vance');
    assert.ok(
      !(each[1] instanceof CodedError) && each[1].some((a) => a.principalId === adele.id && a.principalType === 'User'),
    );
    requests.length = 0;
    assert.deepEqual(await gateway.listAssignmentsOfEach([]), []);
    assert.deepEqual(requests, [], 'nothing asked, nothing sent');
  });

  it('a read that fails inside the batch is the CodedError listAssignments throws; others go on', async () => {
    const { gateway, requests } = source();
    const path = `/servicePrincipals/${contosoB.servicePrincipalId}/appRoleAssignedTo`;
    await failNext(path, 403, 'Authorization_RequestDenied');
    const single = (await gateway.listAssignments(contosoB.servicePrincipalId).catch((e: unknown) => e)) as CodedError;
    assert.equal(single.code, ErrorCode.GraphForbidden);
    const gone = (await gateway.listAssignments(NO_SUCH_SP).catch((e: unknown) => e)) as CodedError;
    assert.equal(gone.code, ErrorCode.GraphNotFound);

    await failNext(path, 403, 'Authorization_RequestDenied');
    requests.length = 0;
    const [a, b, missing] = await gateway.listAssignmentsOfEach([
      contosoA.servicePrincipalId,
      contosoB.servicePrincipalId,
      NO_SUCH_SP,
    ]);
    assert.deepEqual(calls(requests), ['POST /v1.0/$batch']);
    assert.ok(Array.isArray(a) && a.length > 0);
    for (const [batched, alone] of [
      [b, single],
      [missing, gone],
    ] as const) {
      assert.ok(batched instanceof CodedError, `a CodedError, not ${JSON.stringify(batched)}`);
      assert.equal(batched.code, alone.code);
      assert.equal(batched.message, alone.message);
      assert.equal(batched.details.status, alone.details.status);
      assert.equal(batched.details.graphCode, alone.details.graphCode);
    }
    assert.match(
      (b as CodedError).message,
      /AppRoleAssignment\.ReadWrite\.All|Application\.Read\.All|Directory\.Read\.All/,
      'says which permission the read needs',
    );
  });

  it('retries an item throttled inside the batch after its Retry-After, as a single read is retried', async () => {
    const { gateway, waits } = source();
    await sim.control('POST', '/faults', {
      kind: 'throttle',
      path: `/servicePrincipals/${contosoA.servicePrincipalId}/appRoleAssignedTo`,
      count: 1,
      retryAfterSeconds: 2,
    });
    const [a, b] = await gateway.listAssignmentsOfEach([contosoA.servicePrincipalId, contosoB.servicePrincipalId]);
    assert.ok(Array.isArray(a) && a.length > 0 && Array.isArray(b));
    assert.deepEqual(waits, [2000]);
  });

  it('retries a read that timed out inside the batch (504), as a single read is retried', async () => {
    const { gateway, waits } = source();
    await sim.control('POST', '/faults', {
      kind: 'error',
      status: 504,
      code: 'GatewayTimeout',
      path: `/servicePrincipals/${contosoB.servicePrincipalId}/appRoleAssignedTo`,
      count: 1,
    });
    const [b] = await gateway.listAssignmentsOfEach([contosoB.servicePrincipalId]);
    assert.ok(Array.isArray(b) && b.length > 0, `assignments, not ${String(b)}`);
    assert.equal(waits.length, 1);
  });

  it('reads what "show configuration" needs in one round trip, each part as its own method answers it', async () => {
    const { gateway, requests } = source();
    const fabrikam = tenantOf(sim, 'Fabrikam').tenantId;
    const jobId = contosoA.job!.id;
    const parts = await gateway.readConfigurationParts(contosoA.servicePrincipalId, {
      jobId,
      partnerTenantId: fabrikam,
    });
    assert.deepEqual(calls(requests), ['POST /v1.0/$batch']);
    assert.deepEqual(parts.job, await gateway.getJob(contosoA.servicePrincipalId, jobId));
    assert.deepEqual(parts.settings, await gateway.getSettings(contosoA.servicePrincipalId));
    assert.deepEqual(parts.assignments, await gateway.listAssignments(contosoA.servicePrincipalId));
    assert.deepEqual(parts.partner, await gateway.getPartner(fabrikam));
    assert.equal(
      (parts.partner as { automaticUserConsent: { outboundAllowed: boolean } }).automaticUserConsent.outboundAllowed,
      true,
    );
    const fresh = gatewayFor(sim, tenantOf(sim, 'source')).gateway;
    assert.deepEqual(parts.mappings, await fresh.getMappings(contosoA.servicePrincipalId, jobId));

    const noJob = await gateway.readConfigurationParts(contosoB.servicePrincipalId, {});
    assert.equal(noJob.job, undefined);
    assert.equal(noJob.mappings, undefined);
    assert.equal(noJob.partner, undefined);
    assert.ok(Array.isArray(noJob.assignments));
  });

  it('keeps the schema it read: the next reads skip it until the bot changes the schema itself', async () => {
    const { gateway, requests } = source();
    const sp = contosoA.servicePrincipalId;
    const jobId = contosoA.job!.id;
    await gateway.readConfigurationParts(sp, { jobId });
    await sim.control('POST', '/counters/reset');
    requests.length = 0;
    const again = await gateway.readConfigurationParts(sp, { jobId });
    assert.ok(await gateway.getUserRuleId(sp, jobId), 'the rule id comes from the same schema');
    assert.deepEqual(calls(requests), ['POST /v1.0/$batch']);
    assert.deepEqual(Object.keys(await batchItems()).sort(), [
      'GET /v1.0/servicePrincipals/{id}/appRoleAssignedTo',
      'GET /v1.0/servicePrincipals/{id}/synchronization/jobs/{jobId}',
      'GET /v1.0/servicePrincipals/{id}/synchronization/secrets',
    ]);
    assert.equal(userTypeFlow(again.mappings), 'ObjectAddOnly');

    assert.equal(await gateway.setUserTypeMapping(sp, jobId, 'Member', false), true);
    const after = await gateway.readConfigurationParts(sp, { jobId });
    assert.equal(userTypeFlow(after.mappings), 'Always', 'the change shows at once');
    assert.equal(userTypeFlow(await gateway.getMappings(sp, jobId)), 'Always');
  });

  it('a part that fails inside the batch is that part\'s CodedError; a missing job or partner is "none"', async () => {
    const { gateway } = source();
    const sp = contosoB.servicePrincipalId;
    const secrets = `/servicePrincipals/${sp}/synchronization/secrets`;
    await failNext(secrets, 403, 'Authorization_RequestDenied');
    const single = (await gateway.getSettings(sp).catch((e: unknown) => e)) as CodedError;
    await failNext(secrets, 403, 'Authorization_RequestDenied');
    const tailspin = tenantOf(sim, 'Tailspin Toys').tenantId;
    const parts = await gateway.readConfigurationParts(sp, { jobId: 'no-such-job', partnerTenantId: tailspin });
    assert.ok(parts.settings instanceof CodedError);
    assert.equal(parts.settings.code, ErrorCode.GraphForbidden);
    assert.equal(parts.settings.message, single.message);
    assert.equal(parts.job, undefined, 'as getJob answers for a job that is gone');
    assert.equal(parts.partner, undefined, 'Contoso has no partner entry for Tailspin');
    const mappingsAlone = (await gateway.getMappings(sp, 'no-such-job').catch((e: unknown) => e)) as CodedError;
    assert.ok(parts.mappings instanceof CodedError);
    assert.equal(parts.mappings.code, mappingsAlone.code);
    assert.equal(parts.mappings.message, mappingsAlone.message);
    assert.ok(Array.isArray(parts.assignments));
  });
});

describe('graph gateway batched assignments over more than one page', function () {
  this.timeout(60_000);
  let sim: TestSimulator;
  before(async () => {
    sim = await startTestSimulator({ users: 150 });
  });
  after(async () => sim?.stop());

  it('follows the next pages of a configuration whose assignments do not fit in one', async () => {
    const { gateway, requests } = gatewayFor(sim, tenantOf(sim, 'source'));
    const created = await gateway.instantiateConfiguration('Contoso Many');
    const listed = await fetch(`${sim.connection.graphBaseUrl}/users?$select=id,userType&$top=200`, {
      headers: { Authorization: `Bearer ${await sim.token()}` },
    });
    const users = ((await listed.json()) as { value: Array<{ id: string; userType: string }> }).value;
    const ids = users
      .filter((u) => u.userType === 'Member')
      .map((u) => u.id)
      .slice(0, 101);
    assert.equal(ids.length, 101, `found ${ids.length} users to assign`);
    for (const id of ids)
      await gateway.addAssignment(created.servicePrincipalId, { principalId: id, appRoleId: created.appRoleId! });
    requests.length = 0;
    const [all] = await gateway.listAssignmentsOfEach([created.servicePrincipalId]);
    assert.ok(Array.isArray(all));
    assert.equal(all.length, 101);
    assert.deepEqual(calls(requests), ['POST /v1.0/$batch', 'GET /v1.0/servicePrincipals/{id}/appRoleAssignedTo']);
    assert.deepEqual(new Set(all.map((a) => a.principalId)), new Set(ids));
  });

  const calls = (requests: Array<{ method: string; path: string }>) =>
    requests.map((r) => `${r.method} ${r.path.replace(/servicePrincipals\/[^/]+/, 'servicePrincipals/{id}')}`);
});
