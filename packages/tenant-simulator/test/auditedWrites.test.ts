import assert from 'node:assert/strict';
import { entriesOf, modified, PARTNERS } from './auditHelpers';
import { assignTo, configuration, graph, sourceTenant, tenantNamed, untilFound, useSimulator, userId } from './helpers';
import type { ReplyJson, TestSimulator } from './testSimulator';

async function groupId(sim: TestSimulator, name: string): Promise<string> {
  const res = await graph(sim, 'GET', `/groups?$filter=${encodeURIComponent(`displayName eq '${name}'`)}`);
  return res.body.value[0].id;
}

const detail = (entry: ReplyJson, key: string) =>
  entry.additionalDetails.find((d: { key: string }) => d.key === key)?.value;

describe('simulator: every write through Graph is audited with before and after', () => {
  const s = useSimulator();

  it('logs identitySynchronization on the target side, in the target tenant, by the target app', async () => {
    const sim = s.get();
    const contoso = sourceTenant(sim).tenantId;
    const path = `${PARTNERS}/${contoso}/identitySynchronization`;
    const res = await graph(sim, 'PATCH', path, {
      token: await sim.token('Fabrikam'),
      body: { userSyncInbound: { isSyncAllowed: false } },
    });
    assert.equal(res.status, 204);
    const [entry] = await entriesOf(sim, 'Update a partner cross-tenant identity sync setting', 'Fabrikam');
    assert.equal(entry.category, 'CrossTenantIdentitySyncSettings');
    assert.equal(entry.initiatedBy.app.appId, tenantNamed(sim, 'Fabrikam').clientId);
    assert.equal(entry.targetResources[0].id, contoso);
    assert.deepEqual(modified(entry, 'userSyncInbound'), {
      old: { isSyncAllowed: true },
      new: { isSyncAllowed: false },
    });
    assert.deepEqual(await entriesOf(sim, 'Update a partner cross-tenant identity sync setting'), []);
  });

  it('logs partner creation and deletion, and the identity sync policy put and deleted', async () => {
    const sim = s.get();
    const tailspin = tenantNamed(sim, 'Tailspin Toys').tenantId;
    const consent = { inboundAllowed: null, outboundAllowed: true };
    assert.equal(
      (await graph(sim, 'POST', PARTNERS, { body: { tenantId: tailspin, automaticUserConsentSettings: consent } }))
        .status,
      201,
    );
    const sync = `${PARTNERS}/${tailspin}/identitySynchronization`;
    assert.equal((await graph(sim, 'PUT', sync, { body: { userSyncInbound: { isSyncAllowed: true } } })).status, 204);
    assert.equal((await graph(sim, 'DELETE', sync)).status, 204);
    assert.equal((await graph(sim, 'DELETE', `${PARTNERS}/${tailspin}`)).status, 204);
    const [added] = await entriesOf(sim, 'Add a partner to cross-tenant access setting');
    assert.equal(added.operationType, 'Add');
    assert.deepEqual(modified(added, 'tenantId'), { old: null, new: tailspin });
    assert.deepEqual(modified(added, 'automaticUserConsentSettings').new, consent);
    const [created] = await entriesOf(sim, 'Create a partner cross-tenant identity sync setting');
    assert.deepEqual(modified(created, 'userSyncInbound'), { old: null, new: { isSyncAllowed: true } });
    const [removed] = await entriesOf(sim, 'Delete a partner cross-tenant identity sync setting');
    assert.deepEqual(modified(removed, 'userSyncInbound'), { old: { isSyncAllowed: true }, new: null });
    const [deleted] = await entriesOf(sim, 'Delete partner specific cross-tenant access setting');
    assert.equal(deleted.operationType, 'Delete');
    assert.deepEqual(modified(deleted, 'tenantId'), { old: tailspin, new: null });
  });

  it('logs app role assignments (scope) added and removed, for groups and users', async () => {
    const sim = s.get();
    const a = configuration(sim, 'Contoso A');
    const sales = await groupId(sim, 'Sales');
    const added = await assignTo(sim, 'Contoso A', sales);
    assert.equal(added.status, 201);
    const [groupAdd] = await entriesOf(sim, 'Add app role assignment to group');
    assert.equal(groupAdd.category, 'GroupManagement');
    assert.equal(groupAdd.operationType, 'Assign');
    assert.deepEqual(
      groupAdd.targetResources.map((t: ReplyJson) => [t.type, t.id, t.displayName]),
      [
        ['ServicePrincipal', a.servicePrincipalId, 'Contoso A'],
        ['Group', sales, 'Sales'],
      ],
    );
    assert.deepEqual(modified(groupAdd, 'Group.DisplayName'), { old: null, new: 'Sales' });
    assert.deepEqual(modified(groupAdd, 'AppRoleAssignment.Id'), { old: null, new: added.body.id });
    const removed = await graph(
      sim,
      'DELETE',
      `/servicePrincipals/${a.servicePrincipalId}/appRoleAssignedTo/${added.body.id}`,
    );
    assert.equal(removed.status, 204);
    const [groupRemove] = await entriesOf(sim, 'Remove app role assignment from group');
    assert.equal(groupRemove.operationType, 'Unassign');
    assert.deepEqual(modified(groupRemove, 'Group.ObjectID'), { old: sales, new: null });

    const megan = await userId(sim, 'MeganB@contoso.com');
    const userAdd = await assignTo(sim, 'Contoso A', megan);
    assert.equal(userAdd.status, 201);
    const [userEntry] = await entriesOf(sim, 'Add app role assignment grant to user');
    assert.equal(userEntry.category, 'UserManagement');
    assert.deepEqual(
      [userEntry.targetResources[1].type, userEntry.targetResources[1].userPrincipalName],
      ['User', 'MeganB@contoso.com'],
    );
    assert.deepEqual(modified(userEntry, 'User.UPN').new, 'MeganB@contoso.com');
    await graph(sim, 'DELETE', `/servicePrincipals/${a.servicePrincipalId}/appRoleAssignedTo/${userAdd.body.id}`);
    const [userRemove] = await entriesOf(sim, 'Remove app role assignment from user');
    assert.deepEqual(modified(userRemove, 'User.ObjectID'), { old: megan, new: null });
  });

  it('logs a mapping edit and a scoping change of the schema, per attribute mapping', async () => {
    const sim = s.get();
    const a = configuration(sim, 'Contoso A');
    const path = `/servicePrincipals/${a.servicePrincipalId}/synchronization/jobs/${a.jobId}/schema`;
    const schema = (await graph(sim, 'GET', path)).body;
    const users = schema.synchronizationRules[0].objectMappings.find((m: ReplyJson) => m.sourceObjectName === 'User');
    const mapping = users.attributeMappings.find((m: ReplyJson) => m.targetAttributeName === 'displayName');
    const before = structuredClone(mapping);
    mapping.flowType = 'ObjectAddOnly';
    const scopeBefore = structuredClone(users.scope);
    users.scope = null;
    assert.equal((await graph(sim, 'PUT', path, { body: schema })).status, 204);
    const [entry] = await entriesOf(sim, 'Update attribute mappings or scope');
    assert.equal(entry.loggedByService, 'Account Provisioning');
    assert.equal(entry.category, 'ProvisioningManagement');
    assert.equal(entry.targetResources[0].id, a.servicePrincipalId);
    assert.equal(detail(entry, 'JobId'), a.jobId);
    assert.deepEqual(modified(entry, `${users.name}/attributeMappings/displayName`), { old: before, new: mapping });
    assert.deepEqual(modified(entry, `${users.name}/scope`), { old: scopeBefore, new: null });
    assert.equal(entry.targetResources[0].modifiedProperties.length, 2);
  });

  it('logs settings (secrets): the deletion threshold and the scope mode', async () => {
    const sim = s.get();
    const a = configuration(sim, 'Contoso A');
    const path = `/servicePrincipals/${a.servicePrincipalId}/synchronization/secrets`;
    const current = (await graph(sim, 'GET', path)).body.value as { key: string; value: string }[];
    const threshold = JSON.stringify({ Enabled: false, DeleteThresholdEnabled: true, DeleteThresholdValue: 50 });
    const next = [
      ...current.filter((x) => x.key !== 'SyncNotificationSettings' && x.key !== 'SyncAll'),
      { key: 'SyncNotificationSettings', value: threshold },
      { key: 'SyncAll', value: 'true' },
    ];
    assert.equal((await graph(sim, 'PUT', path, { body: { value: next } })).status, 204);
    const [entry] = await entriesOf(sim, 'Update provisioning setting or credentials');
    assert.equal(entry.targetResources[0].id, a.servicePrincipalId);
    const oldThreshold = current.find((x) => x.key === 'SyncNotificationSettings')?.value ?? null;
    assert.deepEqual(modified(entry, 'SyncNotificationSettings'), { old: oldThreshold, new: threshold });
    assert.equal(modified(entry, 'SyncAll').new, 'true');
    assert.ok(!entry.targetResources[0].modifiedProperties.some((p: ReplyJson) => p.displayName === 'CompanyId'));
  });

  it('logs job pause, start and restart with the schedule state, and provision on demand', async () => {
    const sim = s.get();
    const b = configuration(sim, 'Contoso B');
    const job = `/servicePrincipals/${b.servicePrincipalId}/synchronization/jobs/${b.jobId}`;
    assert.equal((await graph(sim, 'POST', `${job}/pause`)).status, 204);
    assert.equal((await graph(sim, 'POST', `${job}/start`)).status, 204);
    const restart = await graph(sim, 'POST', `${job}/restart`, { body: { criteria: { resetScope: 'Full' } } });
    assert.equal(restart.status, 204);
    const [paused] = await entriesOf(sim, 'Disable/pause provisioning configuration');
    assert.deepEqual(modified(paused, 'schedule/state'), { old: 'Active', new: 'Paused' });
    const [started] = await entriesOf(sim, 'Enable/start provisioning configuration');
    assert.deepEqual(modified(started, 'schedule/state'), { old: 'Paused', new: 'Active' });
    const [restarted] = await entriesOf(sim, 'Enable/restart provisioning configuration');
    assert.equal(modified(restarted, 'criteria/resetScope').new, 'Full');
    assert.equal(detail(restarted, 'JobId'), b.jobId);
    const schema = await graph(sim, 'GET', `${job}/schema`);
    const nestor = await userId(sim, 'NestorW@contoso.com');
    const parameters = [
      { ruleId: schema.body.synchronizationRules[0].id, subjects: [{ objectId: nestor, objectTypeName: 'User' }] },
    ];
    assert.equal((await graph(sim, 'POST', `${job}/provisionOnDemand`, { body: { parameters } })).status, 200);
    const [onDemand] = await entriesOf(sim, 'Provision on demand');
    assert.deepEqual(modified(onDemand, 'subjects').new, [{ objectId: nestor, objectTypeName: 'User' }]);
  });

  it('logs updates of a service principal and of an application, and not a refused one', async () => {
    const sim = s.get();
    const a = configuration(sim, 'Contoso A');
    const sp = `/servicePrincipals/${a.servicePrincipalId}`;
    assert.equal((await graph(sim, 'PATCH', sp, { body: { accountEnabled: false, notes: 'paused' } })).status, 204);
    const [spEntry] = await entriesOf(sim, 'Update service principal');
    assert.equal(spEntry.category, 'ApplicationManagement');
    assert.deepEqual(modified(spEntry, 'accountEnabled'), { old: true, new: false });
    assert.deepEqual(modified(spEntry, 'notes'), { old: null, new: 'paused' });
    assert.equal((await graph(sim, 'GET', sp)).body.accountEnabled, false);
    const refused = await graph(sim, 'PATCH', sp, { body: { appId: 'x' } });
    assert.equal(refused.status, 400);
    assert.equal((await entriesOf(sim, 'Update service principal')).length, 1);
    const app = `/applications/${a.applicationId}`;
    assert.equal((await graph(sim, 'PATCH', app, { body: { notes: 'Contoso to Fabrikam' } })).status, 204);
    const [appEntry] = await entriesOf(sim, 'Update application');
    assert.equal(appEntry.targetResources[0].id, a.applicationId);
    assert.deepEqual(modified(appEntry, 'notes').new, 'Contoso to Fabrikam');
  });

  it('logs a configuration made and removed: application, service principal, job', async () => {
    const sim = s.get();
    const made = await graph(sim, 'POST', '/applicationTemplates/518e5f48-1fc8-4c48-9387-9fdf28b0dfe7/instantiate', {
      body: { displayName: 'Contoso Audit' },
    });
    assert.equal(made.status, 201, JSON.stringify(made.body));
    const spId = made.body.servicePrincipal.id;
    const [app] = await entriesOf(sim, 'Add application');
    assert.deepEqual(
      [app.targetResources[0].type, app.targetResources[0].displayName],
      ['Application', 'Contoso Audit'],
    );
    const [sp] = await entriesOf(sim, 'Add service principal');
    assert.equal(sp.targetResources[0].id, spId);
    assert.equal(sp.correlationId, app.correlationId);
    await untilFound(sim, `/servicePrincipals/${spId}`); // replication after instantiate
    const job = await graph(sim, 'POST', `/servicePrincipals/${spId}/synchronization/jobs`, {
      body: { templateId: 'Azure2Azure' },
    });
    assert.equal(job.status, 201);
    const [addJob] = await entriesOf(sim, 'Add provisioning configuration');
    assert.equal(detail(addJob, 'JobId'), job.body.id);
    await untilFound(sim, `/servicePrincipals/${spId}/synchronization/jobs/${job.body.id}`);
    assert.equal(
      (await graph(sim, 'DELETE', `/servicePrincipals/${spId}/synchronization/jobs/${job.body.id}`)).status,
      204,
    );
    assert.equal((await entriesOf(sim, 'Delete provisioning configuration'))[0].targetResources[0].id, spId);
    assert.equal((await graph(sim, 'DELETE', `/applications/${made.body.application.id}`)).status, 204);
    assert.equal((await entriesOf(sim, 'Delete application'))[0].targetResources[0].id, made.body.application.id);
    assert.equal((await entriesOf(sim, 'Remove service principal'))[0].targetResources[0].id, spId);
  });
});
