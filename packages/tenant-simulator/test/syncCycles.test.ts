import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { assignTo, configuration, graph, person, targetUsersFor, useSimulator, userId, reportsGraph } from './helpers';
import type { ReplyJson, TestSimulator } from './testSimulator';

async function job(sim: TestSimulator, name: string) {
  const c = configuration(sim, name);
  return (await graph(sim, 'GET', `/servicePrincipals/${c.servicePrincipalId}/synchronization/jobs/${c.jobId}`)).body;
}

async function cycle(sim: TestSimulator, name: string) {
  const res = await sim.control('POST', `/configurations/${encodeURIComponent(name)}/cycle`);
  assert.equal(res.status, 200, JSON.stringify(res.body));
  return res.body;
}

async function logsOfCycle(sim: TestSimulator, cycleId: string) {
  const res = await reportsGraph(
    sim,
    'GET',
    `/auditLogs/provisioning?$filter=${encodeURIComponent(`cycleId eq '${cycleId}'`)}&$top=500`,
  );
  return res.body.value as ReplyJson[];
}

describe('simulator: sync cycles', () => {
  const s = useSimulator();

  it('creates assigned users on a cycle and logs one entry per object (initiated by the system)', async () => {
    const sim = s.get();
    const before = await job(sim, 'Contoso A');
    const summary = await cycle(sim, 'Contoso A');
    assert.equal(summary.ran, true);
    const logs = await logsOfCycle(sim, summary.cycleId);
    const adele = logs.find((e) => e.sourceIdentity.displayName === 'Adele Vance');
    assert.equal(adele.provisioningAction, 'create');
    assert.equal(adele.initiatedBy.initiatorType, 'system');
    assert.equal(adele.initiatedBy.displayName, 'Azure AD Provisioning Service');
    assert.equal(adele.provisioningSteps[0].name, 'EntryImportAdd');
    assert.ok(
      !logs.some((e) => e.sourceIdentity.displayName === 'Lee Gu'),
      'an unchanged skip is not logged again on an incremental cycle',
    );
    const after = await job(sim, 'Contoso A');
    assert.equal(after.status.code, 'Active');
    assert.equal(after.status.lastExecution.state, 'Succeeded');
    assert.equal(after.status.lastExecution.activityIdentifier, summary.cycleId);
    assert.equal(after.status.lastExecution.countExported, 2, 'Adele created, Diego (existing guest) updated');
    const diego = logs.find((e) => e.sourceIdentity.displayName === 'Diego Siciliani');
    assert.equal(diego.provisioningAction, 'update');
    assert.notEqual(after.status.lastExecution.timeBegan, before.status.lastExecution.timeBegan);
    assert.equal((await targetUsersFor(sim, 'Fabrikam', 'AdeleV@contoso.com')).length, 1);
    const again = await cycle(sim, 'Contoso A');
    assert.equal((await logsOfCycle(sim, again.cycleId)).length, 0, 'nothing changed, nothing logged');
  });

  it('flows a source change on the next cycle (update)', async () => {
    const sim = s.get();
    assert.equal(
      (await sim.control('PATCH', '/tenants/contoso/users/AdeleV@contoso.com', { department: 'Retail Operations' }))
        .status,
      200,
    );
    const summary = await cycle(sim, 'Contoso A');
    const [entry] = await logsOfCycle(sim, summary.cycleId);
    assert.equal(entry.provisioningAction, 'update');
    assert.deepEqual(entry.modifiedProperties, [
      { displayName: 'department', oldValue: 'Retail', newValue: 'Retail Operations' },
    ]);
    assert.equal((await targetUsersFor(sim, 'Fabrikam', 'AdeleV@contoso.com'))[0].department, 'Retail Operations');
  });

  it('disables a target user when the source account is disabled, deletes it with the source user', async () => {
    const sim = s.get();
    await sim.control('PATCH', '/tenants/contoso/users/AdeleV@contoso.com', { accountEnabled: false });
    const disabled = await cycle(sim, 'Contoso A');
    const [d] = await logsOfCycle(sim, disabled.cycleId);
    assert.equal(d.provisioningAction, 'disable');
    assert.deepEqual(d.modifiedProperties, [{ displayName: 'accountEnabled', oldValue: 'True', newValue: 'False' }]);
    assert.equal((await targetUsersFor(sim, 'Fabrikam', 'AdeleV@contoso.com'))[0].accountEnabled, false);
    await sim.control('PATCH', '/tenants/contoso/users/AdeleV@contoso.com', { accountEnabled: true });
    await cycle(sim, 'Contoso A');
    assert.equal((await targetUsersFor(sim, 'Fabrikam', 'AdeleV@contoso.com'))[0].accountEnabled, true);
    assert.equal((await sim.control('DELETE', '/tenants/contoso/users/AdeleV@contoso.com')).status, 200);
    const deleted = await cycle(sim, 'Contoso A');
    const [del] = await logsOfCycle(sim, deleted.cycleId);
    assert.equal(del.provisioningAction, 'delete');
    assert.equal(del.provisioningSteps.at(-1).name, 'EntryExportDelete');
    assert.equal((await targetUsersFor(sim, 'Fabrikam', 'AdeleV@contoso.com')).length, 0);
  });

  it('fails Contoso B on the Northwind policy, quarantines it after repeated failures, then recovers', async () => {
    const sim = s.get();
    const first = await cycle(sim, 'Contoso B');
    const logs = await logsOfCycle(sim, first.cycleId);
    assert.equal(logs.length, 2);
    for (const e of logs) {
      assert.equal(e.provisioningStatusInfo.status, 'failure');
      assert.equal(
        e.provisioningStatusInfo.errorInformation.errorCode,
        'AzureDirectoryB2BManagementPolicyCheckFailure',
      );
      assert.equal(e.provisioningStatusInfo.errorInformation.errorCategory, 'nonServiceFailure');
    }
    let j = await job(sim, 'Contoso B');
    assert.equal(j.status.lastExecution.state, 'Failed');
    assert.equal(j.status.lastExecution.error.code, 'AzureDirectoryB2BManagementPolicyCheckFailure');
    assert.equal(j.status.countSuccessiveCompleteFailures, 1);
    assert.notEqual(j.status.code, 'Quarantine');
    await cycle(sim, 'Contoso B');
    j = await job(sim, 'Contoso B');
    assert.equal(j.status.code, 'Quarantine');
    assert.equal(j.status.quarantine.reason, 'EncounteredQuarantineException');
    assert.equal(j.status.quarantine.error.code, 'AzureDirectoryB2BManagementPolicyCheckFailure');
    assert.equal(j.status.quarantine.seriesCount, 1);
    assert.equal(j.schedule.state, 'Active');

    assert.equal(
      (await sim.control('POST', '/tenants/northwind/repair', { what: 'inboundAutoRedemption', partner: 'contoso' }))
        .status,
      200,
    );
    const fixed = await cycle(sim, 'Contoso B');
    j = await job(sim, 'Contoso B');
    assert.equal(j.status.code, 'Active');
    assert.equal(j.status.quarantine, null);
    assert.equal(fixed.actions.create, 2);
    assert.equal((await targetUsersFor(sim, 'Northwind Traders', 'NestorW@contoso.com'))[0].userType, 'Member');
  });

  it('holds deletions over the threshold (staged, TooManyDeletes) until a restart with ForceDeletes', async () => {
    const sim = s.get();
    const a = configuration(sim, 'Contoso A');
    const sp = `/servicePrincipals/${a.servicePrincipalId}`;
    const secrets = (await graph(sim, 'GET', `${sp}/synchronization/secrets`)).body.value;
    const settings = { Enabled: false, DeleteThresholdEnabled: true, DeleteThresholdValue: 2 };
    const updated = secrets.map((x: { key: unknown }) =>
      x.key === 'SyncNotificationSettings' ? { key: x.key, value: JSON.stringify(settings) } : x,
    );
    assert.equal((await graph(sim, 'PUT', `${sp}/synchronization/secrets`, { body: { value: updated } })).status, 204);
    const people = ['Megan Bowen', 'Isaiah Langer', 'Christie Cline'];
    const ids = [
      person(sim, 'Megan Bowen').id,
      person(sim, 'Isaiah Langer').id,
      await userId(sim, 'ChristieC@contoso.com'),
    ];
    const assignments: string[] = [];
    for (const id of ids) assignments.push((await assignTo(sim, 'Contoso A', id)).body.id);
    const created = await cycle(sim, 'Contoso A');
    assert.equal(created.actions.create, 3);
    for (const id of assignments)
      assert.equal((await graph(sim, 'DELETE', `${sp}/appRoleAssignedTo/${id}`)).status, 204);

    const held = await cycle(sim, 'Contoso A');
    assert.equal(held.staged, 3);
    const staged = (await logsOfCycle(sim, held.cycleId)).filter((e) => e.provisioningAction === 'stagedDelete');
    assert.deepEqual(staged.map((e) => e.sourceIdentity.displayName).sort(), [...people].sort());
    assert.equal(staged[0].provisioningStatusInfo.status, 'skipped');
    let j = await job(sim, 'Contoso A');
    assert.equal(j.status.code, 'Quarantine');
    assert.equal(j.status.quarantine.reason, 'TooManyDeletes');
    assert.equal((await targetUsersFor(sim, 'Fabrikam', 'MeganB@contoso.com')).length, 1, 'nothing deleted yet');
    const waiting = await cycle(sim, 'Contoso A');
    assert.equal(waiting.ran, false);

    const restart = await graph(sim, 'POST', `${sp}/synchronization/jobs/${a.jobId}/restart`, {
      body: { criteria: { resetScope: 'ForceDeletes' } },
    });
    assert.equal(restart.status, 204);
    j = await job(sim, 'Contoso A');
    assert.equal(j.status.quarantine, null);
    assert.notEqual(j.status.code, 'Quarantine');
    const applied = await cycle(sim, 'Contoso A');
    assert.equal(applied.actions.delete, 3);
    assert.equal(
      (await targetUsersFor(sim, 'Fabrikam', 'MeganB@contoso.com')).length,
      0,
      'soft-deleted users are gone from /users',
    );
    assert.equal((await job(sim, 'Contoso A')).status.code, 'Active');
  });

  it('scopes an assigned group to its direct members only (nested groups do not cascade)', async () => {
    const sim = s.get();
    const sales = (await graph(sim, 'GET', `/groups?$filter=${encodeURIComponent("displayName eq 'Sales'")}`)).body
      .value[0].id;
    assert.equal((await assignTo(sim, 'Contoso A', sales)).body.principalType, 'Group');
    const summary = await cycle(sim, 'Contoso A');
    const logs = await logsOfCycle(sim, summary.cycleId);
    const created = logs
      .filter((e) => e.provisioningAction === 'create')
      .map((e) => e.sourceIdentity.displayName)
      .sort();
    assert.deepEqual(created, ['Cameron White', 'Gerhart Moller']);
    // Christie and Isaiah were soft-deleted in Fabrikam by the deletion test above: sync does not restore them.
    const christie = logs.find((e) => e.sourceIdentity.displayName === 'Christie Cline');
    assert.equal(christie.provisioningStatusInfo.status, 'skipped');
    assert.match(christie.provisioningStatusInfo.errorInformation.additionalDetails, /TargetObjectSoftDeleted/);
    assert.equal(
      (await targetUsersFor(sim, 'Fabrikam', 'IsabellaS@contoso.com')).length,
      0,
      'Sales EMEA is nested in Sales',
    );
  });

  it('quarantines on the escrow proportion when most objects fail, and clears on restart', async () => {
    const sim = s.get();
    await sim.control('PATCH', '/settings', { escrowMinFailures: 2 });
    const b = configuration(sim, 'Contoso B');
    await sim.control('POST', '/tenants/northwind/break', { what: 'guestInvitations' });
    await assignTo(sim, 'Contoso B', await userId(sim, 'JoniS@contoso.com'));
    await assignTo(sim, 'Contoso B', await userId(sim, 'EmilyB@contoso.com'));
    await assignTo(sim, 'Contoso B', await userId(sim, 'EnricoC@contoso.com'));
    await cycle(sim, 'Contoso B');
    const j = await job(sim, 'Contoso B');
    assert.equal(j.status.lastExecution.state, 'EntryLevelErrors');
    assert.equal(j.status.code, 'Quarantine');
    assert.equal(j.status.quarantine.reason, 'EncounteredEscrowProportionThreshold');
    const restart = await graph(
      sim,
      'POST',
      `/servicePrincipals/${b.servicePrincipalId}/synchronization/jobs/${b.jobId}/restart`,
      { body: {} },
    );
    assert.equal(restart.status, 204);
    assert.equal((await job(sim, 'Contoso B')).status.code, 'Active');
    await sim.control('POST', '/tenants/northwind/repair', { what: 'guestInvitations' });
  });

  it("puts every internal member in scope with SyncAll, but never the source tenant's guests", async () => {
    const sim = s.get();
    const b = configuration(sim, 'Contoso B');
    const sp = `/servicePrincipals/${b.servicePrincipalId}/synchronization/secrets`;
    const secrets = (await graph(sim, 'GET', sp)).body.value.map((x: { key: unknown }) =>
      x.key === 'SyncAll' ? { key: 'SyncAll', value: 'true' } : x,
    );
    assert.equal((await graph(sim, 'PUT', sp, { body: { value: secrets } })).status, 204);
    const summary = await cycle(sim, 'Contoso B');
    const logs = await logsOfCycle(sim, summary.cycleId);
    const guest = logs.find((e) => e.sourceIdentity.details.UserPrincipalName.includes('#EXT#'));
    assert.equal(guest.provisioningStatusInfo.status, 'skipped');
    assert.match(guest.provisioningStatusInfo.errorInformation.additionalDetails, /ExternalUserNotSupported/);
    assert.ok(logs.filter((e) => e.provisioningAction === 'create').length >= 20);
    const off = secrets.map((x: { key: unknown }) => (x.key === 'SyncAll' ? { key: 'SyncAll', value: 'false' } : x));
    await graph(sim, 'PUT', sp, { body: { value: off } });
  });
});

describe('simulator: scheduled cycles', () => {
  const s = useSimulator({ cycleSeconds: 1 });

  it('runs active jobs every --cycle-seconds', async function () {
    this.timeout(15000);
    const sim = s.get();
    const deadline = Date.now() + 10000;
    while (Date.now() < deadline && (await targetUsersFor(sim, 'Fabrikam', 'AdeleV@contoso.com')).length === 0) {
      await sleep(300);
    }
    assert.equal((await targetUsersFor(sim, 'Fabrikam', 'AdeleV@contoso.com')).length, 1);
    assert.equal(sim.connection.cycleSeconds, 1);
  });
});
