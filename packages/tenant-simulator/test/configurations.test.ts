import assert from 'node:assert/strict';
import { configuration, graph, person, tenantNamed, useSimulator, untilFound } from './helpers';

const TEMPLATE = '518e5f48-1fc8-4c48-9387-9fdf28b0dfe7';

describe('simulator: configurations (instantiate, jobs, secrets, schema, assignments)', () => {
  const s = useSimulator();

  it('lists configurations by applicationTemplateId', async () => {
    const res = await graph(
      s.get(),
      'GET',
      `/servicePrincipals?$filter=${encodeURIComponent(`applicationTemplateId eq '${TEMPLATE}'`)}` +
        '&$select=id,displayName,appId',
    );
    assert.equal(res.status, 200);
    assert.deepEqual(res.body.value.map((sp: { displayName: unknown }) => sp.displayName).sort(), [
      'Contoso A',
      'Contoso B',
    ]);
  });

  it('shows Contoso A active with a past successful run, and Contoso B started', async () => {
    const sim = s.get();
    const a = configuration(sim, 'Contoso A');
    const jobs = await graph(sim, 'GET', `/servicePrincipals/${a.servicePrincipalId}/synchronization/jobs`);
    assert.equal(jobs.status, 200);
    const job = jobs.body.value[0];
    assert.equal(job.templateId, 'Azure2Azure');
    assert.deepEqual(job.schedule, { expiration: null, interval: 'PT40M', state: 'Active' });
    assert.equal(job.status.code, 'Active');
    assert.equal(job.status.lastSuccessfulExecution.state, 'Succeeded');
    assert.ok(
      job.synchronizationJobSettings.some(
        (x: { name: unknown; value: unknown }) => x.name === 'QuarantineTooManyDeletesThreshold' && x.value === '500',
      ),
    );
    const b = configuration(sim, 'Contoso B');
    const jb = await graph(sim, 'GET', `/servicePrincipals/${b.servicePrincipalId}/synchronization/jobs/${b.jobId}`);
    assert.equal(jb.body.schedule.state, 'Active');
    assert.equal(jb.body.status.code, 'NotRun');
    assert.equal(
      jb.body['@odata.context'],
      `${sim.connection.graphBaseUrl}/$metadata#servicePrincipals('${b.servicePrincipalId}')` +
        '/synchronization/jobs/$entity',
    );
  });

  it('denies listing jobs to the app without Synchronization permissions (403 RequestDenied)', async () => {
    const sim = s.get();
    const a = configuration(sim, 'Contoso A');
    const token = await sim.token(undefined, { limited: true });
    const res = await graph(sim, 'GET', `/servicePrincipals/${a.servicePrincipalId}/synchronization/jobs`, { token });
    assert.equal(res.status, 403);
    assert.equal(res.body.error.code, 'Authorization_RequestDenied');
    assert.equal(res.body.error.message, 'Insufficient privileges to complete the operation.');
    assert.equal((await graph(sim, 'GET', '/users?$top=1', { token })).status, 200);
  });

  it('walks the tutorial: instantiate, test connection, create job, secrets, assign, schema, start', async () => {
    const sim = s.get();
    const fabrikam = tenantNamed(sim, 'Fabrikam').tenantId;
    const inst = await graph(sim, 'POST', `/applicationTemplates/${TEMPLATE}/instantiate`, {
      body: { displayName: 'Fabrikam two' },
    });
    assert.equal(inst.status, 201);
    assert.equal(
      inst.body['@odata.context'],
      `${sim.connection.graphBaseUrl}/$metadata#microsoft.graph.applicationServicePrincipal`,
    );
    const { application, servicePrincipal: sp } = inst.body;
    assert.equal(application.applicationTemplateId, TEMPLATE);
    assert.equal(application.signInAudience, 'AzureADMyOrg');
    assert.equal(sp.appId, application.appId);
    assert.equal(sp.appRoleAssignmentRequired, true);
    assert.deepEqual(sp.tags, ['WindowsAzureActiveDirectoryIntegratedApp']);
    const role = sp.appRoles.find((r: { displayName: unknown }) => r.displayName === 'msiam_access');
    assert.deepEqual(role.allowedMemberTypes, ['User']);
    assert.equal(role.value, null);
    assert.equal((await untilFound(sim, `/servicePrincipals/${sp.id}`)).status, 200);

    const validate = await graph(sim, 'POST', `/servicePrincipals/${sp.id}/synchronization/jobs/validateCredentials`, {
      body: {
        useSavedCredentials: false,
        templateId: 'Azure2Azure',
        credentials: [
          { key: 'CompanyId', value: fabrikam },
          { key: 'AuthenticationType', value: 'SyncPolicy' },
        ],
      },
    });
    assert.equal(validate.status, 204);

    const created = await graph(sim, 'POST', `/servicePrincipals/${sp.id}/synchronization/jobs`, {
      body: { templateId: 'Azure2Azure' },
    });
    assert.equal(created.status, 201);
    const job = created.body;
    assert.equal((await untilFound(sim, `/servicePrincipals/${sp.id}/synchronization/jobs/${job.id}`)).status, 200);
    assert.match(job.id, /^Azure2Azure\.[0-9a-f]{32}\.[0-9a-f-]{36}$/);
    assert.deepEqual(job.schedule, { expiration: null, interval: 'PT40M', state: 'Disabled' });
    assert.deepEqual(job.status, {
      countSuccessiveCompleteFailures: 0,
      escrowsPruned: false,
      code: 'Paused',
      lastExecution: null,
      lastSuccessfulExecution: null,
      lastSuccessfulExecutionWithExports: null,
      quarantine: null,
      steadyStateFirstAchievedTime: '0001-01-01T00:00:00Z',
      steadyStateLastAchievedTime: '0001-01-01T00:00:00Z',
      troubleshootingUrl: null,
      progress: [],
      synchronizedEntryCountByType: [],
    });
    assert.deepEqual(job.synchronizationJobSettings, [
      { name: 'AzureIngestionAttributeOptimization', value: 'False' },
      { name: 'LookaheadQueryEnabled', value: 'False' },
    ]);

    const secrets = [
      { key: 'AuthenticationType', value: 'SyncPolicy' },
      { key: 'CompanyId', value: fabrikam },
      {
        key: 'SyncNotificationSettings',
        value: '{"Enabled":false,"DeleteThresholdEnabled":false,"HumanResourcesLookaheadQueryEnabled":false}',
      },
      { key: 'SyncAll', value: 'false' },
    ];
    const put = await graph(sim, 'PUT', `/servicePrincipals/${sp.id}/synchronization/secrets`, {
      body: { value: secrets },
    });
    assert.equal(put.status, 204);
    assert.deepEqual(
      (await graph(sim, 'GET', `/servicePrincipals/${sp.id}/synchronization/secrets`)).body.value,
      secrets,
    );
    const replace = await graph(sim, 'PUT', `/servicePrincipals/${sp.id}/synchronization/secrets`, {
      body: { value: [{ key: 'SyncAll', value: 'true' }] },
    });
    assert.equal(replace.status, 204);
    assert.deepEqual((await graph(sim, 'GET', `/servicePrincipals/${sp.id}/synchronization/secrets`)).body.value, [
      { key: 'SyncAll', value: 'true' },
    ]);
    const badKey = await graph(sim, 'PUT', `/servicePrincipals/${sp.id}/synchronization/secrets`, {
      body: { value: [{ key: 'syncall', value: 'true' }] },
    });
    assert.equal(badKey.status, 400);

    const adele = person(sim, 'Adele Vance');
    const assigned = await graph(sim, 'POST', `/servicePrincipals/${sp.id}/appRoleAssignedTo`, {
      body: { appRoleId: role.id, resourceId: sp.id, principalId: adele.id },
    });
    assert.equal(assigned.status, 201);
    assert.equal(
      assigned.body['@odata.context'],
      `${sim.connection.graphBaseUrl}/$metadata#servicePrincipals('${sp.id}')/appRoleAssignedTo/$entity`,
    );
    assert.doesNotMatch(assigned.body.id, /^[0-9a-f]{8}-/);
    assert.match(assigned.body.id, /^[A-Za-z0-9_-]{43}$/);
    assert.equal(assigned.body.principalType, 'User');
    assert.equal(assigned.body.principalDisplayName, 'Adele Vance');
    assert.equal(assigned.body.resourceDisplayName, 'Fabrikam two');
    const dupAssign = await graph(sim, 'POST', `/servicePrincipals/${sp.id}/appRoleAssignedTo`, {
      body: { appRoleId: role.id, resourceId: sp.id, principalId: adele.id },
    });
    assert.equal(dupAssign.status, 400);
    const list = await graph(sim, 'GET', `/servicePrincipals/${sp.id}/appRoleAssignedTo`);
    assert.equal(list.body.value.length, 1);

    const schema = await graph(sim, 'GET', `/servicePrincipals/${sp.id}/synchronization/jobs/${job.id}/schema`);
    assert.equal(schema.status, 200);
    assert.equal(schema.body.id, job.id);
    const rule = schema.body.synchronizationRules[0];
    assert.equal(rule.name, 'USER_INBOUND_USER');
    assert.match(rule.id, /^[0-9a-f-]{36}$/);
    const users = rule.objectMappings.find((m: { sourceObjectName: unknown }) => m.sourceObjectName === 'User');
    const userType = users.attributeMappings.find(
      (m: { targetAttributeName: unknown }) => m.targetAttributeName === 'userType',
    );
    assert.deepEqual(userType.source, { expression: '"Member"', name: 'Member', parameters: [], type: 'Constant' });
    assert.equal(userType.flowType, 'ObjectAddOnly');
    const show = users.attributeMappings.find(
      (m: { targetAttributeName: unknown }) => m.targetAttributeName === 'showInAddressList',
    );
    assert.equal(show.source.type, 'Constant');
    assert.equal(show.source.name, 'True');
    const matching = users.attributeMappings.filter((m: { matchingPriority: number }) => m.matchingPriority > 0);
    assert.equal(matching.length, 1);
    assert.equal(matching[0].targetAttributeName, 'alternativeSecurityIds');

    const guestSchema = JSON.parse(JSON.stringify(schema.body));
    guestSchema.synchronizationRules[0].objectMappings[0].attributeMappings.find(
      (m: { targetAttributeName: unknown }) => m.targetAttributeName === 'userType',
    ).source = { expression: '"Guest"', name: 'Guest', parameters: [], type: 'Constant' };
    assert.equal(
      (
        await graph(sim, 'PUT', `/servicePrincipals/${sp.id}/synchronization/jobs/${job.id}/schema`, {
          body: guestSchema,
        })
      ).status,
      204,
    );
    const changedMatch = JSON.parse(JSON.stringify(schema.body));
    changedMatch.synchronizationRules[0].objectMappings[0].attributeMappings.find(
      (m: { targetAttributeName: unknown }) => m.targetAttributeName === 'mail',
    ).matchingPriority = 2;
    const invalid = await graph(sim, 'PUT', `/servicePrincipals/${sp.id}/synchronization/jobs/${job.id}/schema`, {
      body: changedMatch,
    });
    assert.equal(invalid.status, 400);
    assert.equal(invalid.body.error.code, 'schemaInvalid');

    assert.equal(
      (await graph(sim, 'POST', `/servicePrincipals/${sp.id}/synchronization/jobs/${job.id}/start`)).status,
      204,
    );
    const started = (await graph(sim, 'GET', `/servicePrincipals/${sp.id}/synchronization/jobs/${job.id}`)).body;
    assert.equal(started.schedule.state, 'Active');
    assert.equal(started.status.code, 'NotRun');
    assert.equal(started.status.lastExecution.timeBegan, '0001-01-01T00:00:00Z');
    assert.equal(
      (await graph(sim, 'POST', `/servicePrincipals/${sp.id}/synchronization/jobs/${job.id}/pause`)).status,
      204,
    );
    const paused = (await graph(sim, 'GET', `/servicePrincipals/${sp.id}/synchronization/jobs/${job.id}`)).body;
    assert.equal(paused.schedule.state, 'Paused');
    assert.equal(paused.status.code, 'Paused');
    const restart = await graph(sim, 'POST', `/servicePrincipals/${sp.id}/synchronization/jobs/${job.id}/restart`, {
      body: { criteria: { resetScope: 'Watermark, Escrows, QuarantineState' } },
    });
    assert.equal(restart.status, 204);
    const badScope = await graph(sim, 'POST', `/servicePrincipals/${sp.id}/synchronization/jobs/${job.id}/restart`, {
      body: { criteria: { resetScope: 'Everything' } },
    });
    assert.equal(badScope.status, 400);

    assert.equal(
      (await graph(sim, 'DELETE', `/servicePrincipals/${sp.id}/appRoleAssignedTo/${assigned.body.id}`)).status,
      204,
    );
    assert.equal(
      (await graph(sim, 'DELETE', `/servicePrincipals/${sp.id}/synchronization/jobs/${job.id}`)).status,
      204,
    );
    assert.equal((await graph(sim, 'DELETE', `/applications/${application.id}`)).status, 204);
    assert.equal((await graph(sim, 'GET', `/servicePrincipals/${sp.id}`)).status, 404);
  });

  it('explains test-connection failures by naming the side and the setting', async () => {
    const sim = s.get();
    const a = configuration(sim, 'Contoso A');
    const validate = (target: string) =>
      graph(sim, 'POST', `/servicePrincipals/${a.servicePrincipalId}/synchronization/jobs/validateCredentials`, {
        body: {
          useSavedCredentials: false,
          templateId: 'Azure2Azure',
          credentials: [
            { key: 'CompanyId', value: tenantNamed(sim, target).tenantId },
            { key: 'AuthenticationType', value: 'SyncPolicy' },
          ],
        },
      });
    const northwind = await validate('Northwind Traders');
    assert.equal(northwind.status, 400);
    assert.equal(northwind.body.error.code, 'AzureDirectoryB2BManagementPolicyCheckFailure');
    assert.match(northwind.body.error.message, /^Policy permitting auto-redemption of invitations not configured\./);
    assert.match(northwind.body.error.message, /target tenant .*inbound automatic redemption/);
    const tailspin = await validate('Tailspin Toys');
    assert.match(tailspin.body.error.message, /source tenant .*outbound automatic redemption/);
    assert.equal(tailspin.body.error.details[0].target, 'source');
    const woodgrove = await validate('Woodgrove Bank');
    assert.equal(woodgrove.body.error.code, 'AzureDirectoryB2BManagementPolicyCheckFailure');
    assert.deepEqual(
      woodgrove.body.error.details.map((d: { target: unknown; code: unknown }) => [d.target, d.code]),
      [
        ['source', 'outboundAutoRedemption'],
        ['target', 'inboundUserSync'],
      ],
    );
    assert.match(woodgrove.body.error.message, /Allow users sync into this tenant/);
    const b = configuration(sim, 'Contoso B');
    const saved = await graph(
      sim,
      'POST',
      `/servicePrincipals/${b.servicePrincipalId}/synchronization/jobs/${b.jobId}/validateCredentials`,
      { body: { useSavedCredentials: true } },
    );
    assert.equal(saved.status, 400);
    assert.equal(saved.body.error.details[0].code, 'inboundAutoRedemption');
    assert.equal(
      (
        await graph(
          sim,
          'POST',
          `/servicePrincipals/${a.servicePrincipalId}/synchronization/jobs/${a.jobId}/validateCredentials`,
          { body: { useSavedCredentials: true } },
        )
      ).status,
      204,
    );
  });

  it('serves templates for a configuration', async () => {
    const a = configuration(s.get(), 'Contoso A');
    const res = await graph(s.get(), 'GET', `/servicePrincipals/${a.servicePrincipalId}/synchronization/templates`);
    assert.equal(res.status, 200);
    assert.equal(res.body.value[0].id, 'Azure2Azure');
    assert.equal(res.body.value[0].factoryTag, 'Azure2Azure');
  });
});
