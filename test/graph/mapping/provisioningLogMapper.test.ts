import assert from 'node:assert/strict';
import { toLogEntry } from '../../../src/graph/mapping/provisioningLogMapper';
import type { WireProvisioningLog } from '../../../src/graph/wire/provisioning';
import { graphFixture } from '../support/fixtures';

describe('graph/mapping provisioning log entries', () => {
  const page = graphFixture<{ value: WireProvisioningLog[] }>('provisioningLogs-page.json');

  it('maps the documented cross-tenant sync entry', () => {
    const entry = toLogEntry(page.value[0]);
    assert.equal(entry.id, '{id}');
    assert.equal(entry.activityDateTime, '2023-07-31T00:40:37Z');
    assert.equal(entry.action, 'create');
    assert.equal(entry.status, 'success');
    assert.equal(entry.jobId, '{jobId}');
    assert.equal(entry.servicePrincipalId, '{servicePrincipalId}');
    assert.equal(entry.servicePrincipalName, 'Fabrikam');
    assert.equal(entry.sourceId, '{sourceUserObjectId}');
    assert.equal(entry.sourceDisplayName, 'User4');
    assert.equal(entry.reportableIdentifier, 'user4@fabrikam.com');
    assert.equal(entry.targetId, '{targetUserObjectId}');
    assert.equal(entry.targetDisplayName, undefined, 'an empty display name is no name');
    assert.equal(entry.initiatedBy, 'Azure AD Provisioning Service');
    assert.equal(entry.durationMs, 4375);
    assert.equal(entry.error, undefined);
    assert.deepEqual(
      entry.steps.map((s) => [s.name, s.kind, s.status]),
      [
        ['EntryImportAdd', 'import', 'success'],
        ['EntrySynchronizationScoping', 'scoping', 'success'],
      ],
    );
    assert.equal(
      entry.steps[1].details.ScopeEvaluationResult,
      '{"Marketing department filter.department EQUALS \'Marketing\'":true}',
    );
  });

  it('maps the documented failure entry with its error information', () => {
    const entry = toLogEntry(page.value[1]);
    assert.equal(entry.status, 'failure');
    assert.equal(entry.error?.code, 'ContosoEntryConflict');
    assert.match(entry.error?.reason ?? '', /HTTP status code 409/);
    assert.equal(entry.steps[2].kind, 'export');
    assert.equal(entry.steps[2].status, 'failure');
  });

  it('tolerates the PascalCase variant some documented examples use', () => {
    const entry = toLogEntry({
      id: 'x',
      activityDateTime: '2024-01-01T00:00:00Z',
      provisioningAction: 'StagedDelete',
      provisioningStatusInfo: { status: 'Skipped', errorInformation: { errorCode: 'EntrySynchronizationSkipped' } },
      provisioningSteps: [
        {
          name: 'EntrySynchronizationSkip',
          provisioningStepType: 'Export',
          status: 'Skipped',
          details: { SkipReason: 'NotEffectivelyEntitled', count: 3 },
        },
      ],
    });
    assert.equal(entry.action, 'stagedDelete');
    assert.equal(entry.status, 'skipped');
    assert.equal(entry.skipReason, 'NotEffectivelyEntitled');
    assert.equal(entry.steps[0].details.count, '3');
  });
});
