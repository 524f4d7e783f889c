import assert from 'node:assert/strict';
import {
  assignTo,
  configuration,
  graph,
  reportsGraph,
  onDemandResults,
  person,
  provisionOnDemand,
  targetUsersFor,
  useSimulator,
  userId,
} from './helpers';

const STATUS_INFO = 'Microsoft.Identity.Health.CPP.Common.DataContracts.SyncFabric.StatusInfo';

describe('simulator: provision on demand', () => {
  const s = useSimulator();
  before(async () => {
    // These tests call provisionOnDemand often; the rate limit has its own suite below.
    await s.get().control('PATCH', '/settings', { onDemandLimit: 0 });
  });

  it('creates Adele Vance in Fabrikam as a Member (Form B: StatusInfo key, JSON array, PascalCase steps)', async () => {
    const sim = s.get();
    const adele = person(sim, 'Adele Vance');
    const res = await provisionOnDemand(sim, 'Contoso A', [adele.id]);
    assert.equal(res.status, 200);
    assert.equal(
      res.body['@odata.context'],
      `${sim.connection.graphBaseUrl}/$metadata#microsoft.graph.stringKeyStringValuePair`,
    );
    assert.equal(res.body.key, STATUS_INFO);
    assert.ok(Array.isArray(JSON.parse(res.body.value)));
    const [r] = onDemandResults(res);
    assert.equal(r.action, 'Create');
    assert.equal(r.statusInfo.status, 'Success');
    assert.deepEqual(
      r.provisioningSteps.map((x: { type: unknown }) => x.type),
      ['Import', 'Scoping', 'Matching', 'Export'],
    );
    assert.ok(r.provisioningSteps.every((x: { status: unknown }) => x.status === 'Success'));
    assert.match(
      r.provisioningSteps[3].description,
      /^User 'AdeleV@contoso.com' was created in Azure Active Directory \(target tenant\)$/,
    );
    assert.equal(r.sourceIdentity.type, 'User');
    assert.equal(r.sourceSystem.name, 'Azure Active Directory');
    assert.ok(
      r.modifiedProperties.some(
        (p: { displayName: unknown; newValue: unknown }) => p.displayName === 'userType' && p.newValue === 'Member',
      ),
    );
    const inFabrikam = await targetUsersFor(sim, 'Fabrikam', 'AdeleV@contoso.com');
    assert.equal(inFabrikam.length, 1);
    assert.equal(inFabrikam[0].userType, 'Member');
    assert.equal(inFabrikam[0].userPrincipalName, 'AdeleV_contoso.com#EXT#@fabrikam.onmicrosoft.com');
    assert.equal(inFabrikam[0].showInAddressList, true);
    assert.equal(r.targetIdentity.id, inFabrikam[0].id);
  });

  it('says a second run is already in sync (RedundantExport), and Form A carries it in the key', async () => {
    const sim = s.get();
    const adele = person(sim, 'Adele Vance');
    const [r] = onDemandResults(await provisionOnDemand(sim, 'Contoso A', [adele.id]));
    assert.equal(r.action, 'Other');
    assert.equal(r.statusInfo.status, 'Skipped');
    const skip = r.provisioningSteps.find((x: { name: unknown }) => x.name === 'EntrySynchronizationSkip');
    assert.equal(skip.details.SkipReason, 'RedundantExport');
    assert.equal((await sim.control('PATCH', '/settings', { onDemandForm: 'A' })).status, 200);
    try {
      const res = await provisionOnDemand(sim, 'Contoso A', [adele.id]);
      const key = JSON.parse(res.body.key);
      assert.deepEqual(key, {
        result: 'Skipped',
        details: {
          errorCode: 'RedundantExport',
          errorMessage: 'The state of the user in both the source and target systems already match.',
        },
      });
      const value = JSON.parse(res.body.value);
      assert.ok(!Array.isArray(value));
      assert.equal(value.action, 'Other');
    } finally {
      await sim.control('PATCH', '/settings', { onDemandForm: 'B' });
    }
  });

  it('writes a provisioning log entry per call (camelCase enums, initiated by the app)', async () => {
    const sim = s.get();
    const adele = person(sim, 'Adele Vance');
    const logs = await reportsGraph(
      sim,
      'GET',
      `/auditLogs/provisioning?$filter=${encodeURIComponent(`sourceIdentity/id eq '${adele.id}'`)}` +
        '&$orderby=activityDateTime asc',
    );
    assert.equal(logs.status, 200);
    const [created] = logs.body.value;
    assert.equal(created.provisioningAction, 'create');
    assert.equal(created.provisioningStatusInfo.status, 'success');
    assert.equal(created.provisioningStatusInfo.errorInformation, null);
    assert.deepEqual(
      created.provisioningSteps.map((x: { provisioningStepType: unknown }) => x.provisioningStepType),
      ['import', 'scoping', 'matching', 'export'],
    );
    assert.equal(created.initiatedBy.initiatorType, 'application');
    assert.deepEqual(created.servicePrincipal, {
      id: configuration(sim, 'Contoso A').servicePrincipalId,
      displayName: 'Contoso A',
    });
    assert.equal(created.sourceIdentity.identityType, 'User');
    assert.equal(created.targetSystem.displayName, 'Azure Active Directory (target tenant)');
    assert.equal(logs.body.value[1].provisioningAction, 'other');
    assert.equal(logs.body.value[1].provisioningStatusInfo.status, 'skipped');
  });

  it('fails a Contoso B user with AzureDirectoryB2BManagementPolicyCheckFailure naming the target side', async () => {
    const sim = s.get();
    const nestor = await userId(sim, 'NestorW@contoso.com');
    const [r] = onDemandResults(await provisionOnDemand(sim, 'Contoso B', [nestor]));
    assert.equal(r.statusInfo.status, 'Failure');
    assert.equal(r.statusInfo.errorCode, 'AzureDirectoryB2BManagementPolicyCheckFailure');
    assert.match(
      r.statusInfo.reason,
      /Policy permitting auto-redemption of invitations not configured\..*target tenant \(Northwind Traders/,
    );
    assert.equal(r.provisioningSteps[r.provisioningSteps.length - 1].status, 'Failure');
    assert.equal((await targetUsersFor(sim, 'Northwind Traders', 'NestorW@contoso.com')).length, 0);
  });

  it('matches the existing B2B guest (Diego) instead of duplicating him; he stays a Guest', async () => {
    const sim = s.get();
    const diego = person(sim, 'Diego Siciliani');
    assert.equal(
      (await assignTo(sim, 'Contoso A', diego.id)).status,
      400,
      'Diego is assigned to Contoso A in the seed',
    );
    const [r] = onDemandResults(await provisionOnDemand(sim, 'Contoso A', [diego.id]));
    assert.equal(r.statusInfo.status, 'Success');
    assert.equal(r.action, 'Update');
    assert.equal(r.provisioningSteps[2].details.MatchedBy, 'alternativeSecurityIds');
    const users = await targetUsersFor(sim, 'Fabrikam', 'DiegoS@contoso.com');
    assert.equal(users.length, 1);
    assert.equal(users[0].userType, 'Guest');
    assert.equal(users[0].showInAddressList, true);
    assert.ok(!r.modifiedProperties.some((p: { displayName: unknown }) => p.displayName === 'userType'));
  });

  it('turns the guest into a Member when the userType mapping applies Always', async () => {
    const sim = s.get();
    const a = configuration(sim, 'Contoso A');
    const path = `/servicePrincipals/${a.servicePrincipalId}/synchronization/jobs/${a.jobId}/schema`;
    const schema = (await graph(sim, 'GET', path)).body;
    const original = JSON.parse(JSON.stringify(schema));
    schema.synchronizationRules[0].objectMappings[0].attributeMappings.find(
      (m: { targetAttributeName: unknown }) => m.targetAttributeName === 'userType',
    ).flowType = 'Always';
    assert.equal((await graph(sim, 'PUT', path, { body: schema })).status, 204);
    try {
      const diego = person(sim, 'Diego Siciliani');
      const [r] = onDemandResults(await provisionOnDemand(sim, 'Contoso A', [diego.id]));
      assert.deepEqual(
        r.modifiedProperties.find((p: { displayName: unknown }) => p.displayName === 'userType'),
        { displayName: 'userType', oldValue: 'Guest', newValue: 'Member' },
      );
      assert.equal((await targetUsersFor(sim, 'Fabrikam', 'DiegoS@contoso.com'))[0].userType, 'Member');
    } finally {
      await graph(sim, 'PUT', path, { body: original });
    }
  });

  it('skips Lee Gu: the "Filter external users" scoping filter (SMS sign-in)', async () => {
    const sim = s.get();
    const lee = person(sim, 'Lee Gu');
    const [r] = onDemandResults(await provisionOnDemand(sim, 'Contoso A', [lee.id]));
    assert.equal(r.statusInfo.status, 'Skipped');
    assert.equal(r.statusInfo.errorCode, 'EntrySynchronizationSkipped');
    const scoping = r.provisioningSteps.find((x: { type: unknown }) => x.type === 'Scoping');
    assert.deepEqual(JSON.parse(scoping.details.ScopeEvaluationResult), {
      "Filter external users.alternativeSecurityIds EQUALS 'None'": false,
    });
    assert.equal(scoping.details['Scoping filter evaluation passed'], 'False');
  });

  it('skips an unassigned user as not effectively entitled, and a group as EntityTypeNotSupported', async () => {
    const sim = s.get();
    const megan = person(sim, 'Megan Bowen');
    const [r] = onDemandResults(await provisionOnDemand(sim, 'Contoso A', [megan.id]));
    assert.equal(r.statusInfo.status, 'Skipped');
    assert.match(r.statusInfo.additionalDetails, /NotEffectivelyEntitled/);
    const groups = await graph(sim, 'GET', `/groups?$filter=${encodeURIComponent("displayName eq 'Sales'")}`);
    const [g] = onDemandResults(await provisionOnDemand(sim, 'Contoso A', [groups.body.value[0].id], 'Group'));
    assert.equal(g.statusInfo.errorCode, 'EntityTypeNotSupported');
  });

  it('reports InvitationCreationFailureAmbiguousUser for a proxy-address collision (Patti Fernandez)', async () => {
    const sim = s.get();
    const patti = await userId(sim, 'PattiF@contoso.com');
    await assignTo(sim, 'Contoso A', patti);
    const [r] = onDemandResults(await provisionOnDemand(sim, 'Contoso A', [patti]));
    assert.equal(r.statusInfo.status, 'Failure');
    assert.equal(r.statusInfo.errorCode, 'InvitationCreationFailureAmbiguousUser');
    assert.equal(
      r.statusInfo.reason,
      'The invited user has a proxy address that matches an internal user in the target tenant.',
    );
  });

  it('reports AzureActiveDirectoryCannotUpdateObjectsOriginatedInExternalService for Lidia Holloway', async () => {
    const sim = s.get();
    const lidia = await userId(sim, 'LidiaH@contoso.com');
    await assignTo(sim, 'Contoso A', lidia);
    const [r] = onDemandResults(await provisionOnDemand(sim, 'Contoso A', [lidia]));
    assert.equal(r.statusInfo.errorCode, 'AzureActiveDirectoryCannotUpdateObjectsOriginatedInExternalService');
    assert.match(r.statusInfo.reason, /showInAddressList/);
  });

  it('reports AzureActiveDirectoryForbidden while the target blocks guest invitations, then succeeds', async () => {
    const sim = s.get();
    const alex = person(sim, 'Alex Wilber');
    await assignTo(sim, 'Contoso A', alex.id);
    assert.equal((await sim.control('POST', '/tenants/fabrikam/break', { what: 'guestInvitations' })).status, 200);
    const [blocked] = onDemandResults(await provisionOnDemand(sim, 'Contoso A', [alex.id]));
    assert.equal(blocked.statusInfo.errorCode, 'AzureActiveDirectoryForbidden');
    assert.equal(
      blocked.statusInfo.reason,
      'Guest invitations not allowed for your company. Contact your company administrator for more details.',
    );
    await sim.control('POST', '/tenants/fabrikam/repair', { what: 'guestInvitations' });
    const [ok] = onDemandResults(await provisionOnDemand(sim, 'Contoso A', [alex.id]));
    assert.equal(ok.action, 'Create');
  });

  it('answers several subjects in one Form B array', async () => {
    const sim = s.get();
    const results = onDemandResults(
      await provisionOnDemand(sim, 'Contoso A', [person(sim, 'Adele Vance').id, person(sim, 'Lee Gu').id]),
    );
    assert.deepEqual(
      results.map((r) => r.sourceIdentity.displayName),
      ['Adele Vance', 'Lee Gu'],
    );
    assert.deepEqual(
      results.map((r) => r.statusInfo.status),
      ['Skipped', 'Skipped'],
    );
  });

  it('validates the rule id and the subject', async () => {
    const sim = s.get();
    const a = configuration(sim, 'Contoso A');
    const base = `/servicePrincipals/${a.servicePrincipalId}/synchronization/jobs/${a.jobId}/provisionOnDemand`;
    const badRule = await graph(sim, 'POST', base, {
      body: {
        parameters: [
          { ruleId: 'nope', subjects: [{ objectId: person(sim, 'Adele Vance').id, objectTypeName: 'User' }] },
        ],
      },
    });
    assert.equal(badRule.status, 400);
    const missing = await provisionOnDemand(sim, 'Contoso A', ['00000000-0000-0000-0000-0000000000aa']);
    assert.equal(missing.status, 404);
  });
});

describe('simulator: provision on demand rate limit', () => {
  const s = useSimulator();

  it('allows 5 requests per 10 seconds per job, then answers 429 with Retry-After', async () => {
    const sim = s.get();
    const lee = person(sim, 'Lee Gu');
    // At once: one after the other, five calls of the latency profile's 0.5-3 s can outlast the 10 s window.
    const five = await Promise.all(
      [1, 2, 3, 4, 5].map(() => provisionOnDemand(sim, 'Contoso A', [lee.id], 'User', { retry: false })),
    );
    assert.deepEqual(
      five.map((r) => r.status),
      [200, 200, 200, 200, 200],
    );
    const sixth = await provisionOnDemand(sim, 'Contoso A', [lee.id], 'User', { retry: false });
    assert.equal(sixth.status, 429);
    assert.equal(sixth.body.error.code, 'TooManyRequests');
    const retry = Number(sixth.headers.get('retry-after'));
    assert.ok(retry >= 1 && retry <= 10, `Retry-After ${retry}`);
    const other = await provisionOnDemand(sim, 'Contoso B', [lee.id], 'User', { retry: false });
    assert.equal(other.status, 200, 'the limit is per job');
  });
});
