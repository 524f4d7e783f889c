import assert from 'node:assert/strict';
import { OnDemandResponse, parseProvisionOnDemand } from '../../../src/graph/mapping/onDemandParser';
import { graphFixture } from '../support/fixtures';

describe('graph/mapping provisionOnDemand parser', () => {
  it('parses form A (key is JSON, value is one object): the documented skipped example', () => {
    const [outcome, ...rest] = parseProvisionOnDemand(graphFixture<OnDemandResponse>('provisionOnDemand-formA.json'));
    assert.equal(rest.length, 0);
    assert.equal(outcome.action, 'other');
    assert.equal(outcome.status, 'skipped');
    assert.equal(outcome.skipReason, 'RedundantExport');
    assert.equal(outcome.error?.code, 'RedundantExport');
    assert.match(outcome.error?.reason ?? '', /already match/);
    assert.equal(outcome.reportableIdentifier, 'BillBob@contoso.com');
    assert.equal(outcome.sourceId, '62cf7b7a-52be-4a9b-9c69-e5d4a4a14f67');
    assert.equal(outcome.targetId, '52507a19-96ec-4e73-9250-3e65ffd2d926');
    assert.deepEqual(
      outcome.steps.map((s) => [s.name, s.kind, s.status]),
      [
        ['EntryImport', 'import', 'success'],
        ['EntryImport', 'matching', 'success'],
        ['EntrySynchronizationScoping', 'scoping', 'success'],
        ['EntrySynchronizationSkip', 'export', 'skipped'],
      ],
    );
    assert.equal(outcome.steps[2].details.IsEffectivelyEntitledForProvisioning, 'True');
    assert.equal(outcome.steps[2].details.ScopeEvaluationResult, '{}');
    assert.deepEqual(outcome.modifiedProperties[0], {
      name: 'objectId',
      oldValue: null,
      newValue: '52cf7b7a-52be-4a9b-9c69-e4d4a4a14f76',
    });
    assert.equal(outcome.modifiedProperties.length, 7);
  });

  it('parses form B (key is a type name, value is an array): a user created in the target as Member', () => {
    const outcomes = parseProvisionOnDemand(graphFixture<OnDemandResponse>('provisionOnDemand-formB.json'));
    assert.equal(outcomes.length, 1);
    const [created] = outcomes;
    assert.equal(created.action, 'create');
    assert.equal(created.status, 'success');
    assert.equal(created.error, undefined);
    assert.deepEqual(
      created.steps.map((s) => s.kind),
      ['import', 'scoping', 'matching', 'export'],
    );
    assert.match(created.steps[3].description, /was created in Azure Active Directory \(target tenant\)/);
    assert.equal(created.modifiedProperties.find((p) => p.name === 'userType')?.newValue, 'Member');
    assert.equal(created.steps[0].details.userPrincipalName, 'user1@fabrikam.com');
  });

  it('parses a form B failure with its error code, reason and recommended action', () => {
    const [failed] = parseProvisionOnDemand(graphFixture<OnDemandResponse>('provisionOnDemand-formB-failure.json'));
    assert.equal(failed.status, 'failure');
    assert.equal(failed.error?.code, 'AzureDirectoryB2BManagementPolicyCheckFailure');
    assert.match(failed.error?.reason ?? '', /auto-redemption/);
    assert.match(failed.error?.recommendedAction ?? '', /both the source and target tenants/);
    assert.equal(failed.steps[1].status, 'failure', '"Failed" is read as failure');
  });

  it('keeps the key result when the value is an empty object (group example) and survives junk', () => {
    const [group] = parseProvisionOnDemand({ key: '{"result":"Success","details":{}}', value: '{}' });
    assert.equal(group.status, 'success');
    assert.deepEqual(group.steps, []);
    assert.deepEqual(parseProvisionOnDemand({ key: 'x', value: 'not json' }), []);
    assert.deepEqual(parseProvisionOnDemand({}), []);
  });
});
