import assert from 'node:assert/strict';
import { toSyncJob } from '../../../src/graph/mapping/jobMapper';
import { toSecrets, toSyncSettings } from '../../../src/graph/mapping/secretsMapper';

describe('graph/mapping jobs and secrets', () => {
  it('maps the documented just-created Azure2Azure job (paused, never run)', () => {
    const job = toSyncJob({
      id: 'Azure2Azure.1f58d1c9.6a0b',
      templateId: 'Azure2Azure',
      schedule: { expiration: null, interval: 'PT40M', state: 'Disabled' },
      status: {
        countSuccessiveCompleteFailures: 0,
        code: 'Paused',
        lastExecution: null,
        lastSuccessfulExecution: null,
        quarantine: null,
      },
      synchronizationJobSettings: [{ name: 'AzureIngestionAttributeOptimization', value: 'False' }],
    });
    assert.deepEqual(job, {
      id: 'Azure2Azure.1f58d1c9.6a0b',
      templateId: 'Azure2Azure',
      scheduleState: 'Disabled',
      interval: 'PT40M',
      status: 'Paused',
      quarantine: undefined,
      lastExecution: undefined,
      lastSuccessfulExecution: undefined,
      countSuccessiveCompleteFailures: 0,
      deleteThreshold: undefined,
    });
  });

  it('treats the year-1 execution after start as no execution, and reads quarantine and threshold', () => {
    const started = toSyncJob({
      id: 'j',
      status: {
        code: 'NotRun',
        lastExecution: { state: 'Failed', timeBegan: '0001-01-01T00:00:00Z', error: { code: 'None', message: '' } },
      },
      schedule: { state: 'Active', interval: 'PT40M' },
    });
    assert.equal(started.status, 'NotRun');
    assert.equal(started.lastExecution, undefined);
    const quarantined = toSyncJob({
      id: 'j',
      status: {
        code: 'Quarantine',
        countSuccessiveCompleteFailures: 3,
        quarantine: {
          reason: 'TooManyDeletes',
          seriesCount: 2,
          currentBegan: '2024-05-01T00:00:00Z',
          nextAttempt: '',
          error: { code: 'TooManyDeletes', message: 'Too many deletes', tenantActionable: true },
        },
        lastExecution: {
          state: 'EntryLevelErrors',
          timeBegan: '2024-05-01T00:00:00Z',
          timeEnded: '2024-05-01T00:01:00Z',
          countExported: 4,
        },
      },
      synchronizationJobSettings: [{ name: 'QuarantineTooManyDeletesThreshold', value: '500' }],
    });
    assert.equal(quarantined.quarantine?.reason, 'TooManyDeletes');
    assert.equal(quarantined.quarantine?.nextAttempt, undefined);
    assert.equal(quarantined.quarantine?.error?.code, 'TooManyDeletes');
    assert.equal(quarantined.lastExecution?.state, 'EntryLevelErrors');
    assert.equal(quarantined.lastExecution?.countExported, 4);
    assert.equal(quarantined.deleteThreshold, 500);
  });

  const tutorialSecrets = [
    { key: 'AuthenticationType', value: 'SyncPolicy' },
    { key: 'CompanyId', value: 'target-tenant' },
    {
      key: 'SyncNotificationSettings',
      value: '{"Enabled":false,"DeleteThresholdEnabled":false,"HumanResourcesLookaheadQueryEnabled":false}',
    },
    { key: 'SyncAll', value: 'false' },
  ];

  it('reads the tutorial secrets into settings', () => {
    const settings = toSyncSettings(tutorialSecrets);
    assert.equal(settings.companyId, 'target-tenant');
    assert.equal(settings.scopeMode, 'assignedOnly');
    assert.equal(settings.notificationsEnabled, false);
    assert.equal(settings.deleteThresholdEnabled, false);
    assert.equal(toSyncSettings([{ key: 'SyncAll', value: 'True' }]).scopeMode, 'allUsers');
    const threshold = toSyncSettings([
      {
        key: 'SyncNotificationSettings',
        value: '{"Enabled":true,"Recipients":"foobar@xyz.com","DeleteThresholdEnabled":true,"DeleteThresholdValue":50}',
      },
    ]);
    assert.equal(threshold.notificationEmail, 'foobar@xyz.com');
    assert.equal(threshold.deleteThresholdValue, 50);
    assert.equal(
      toSyncSettings([{ key: 'SyncNotificationSettings', value: 'not json' }]).deleteThresholdEnabled,
      false,
    );
  });

  it('writes the whole list back, changing only what the settings changed', () => {
    const settings = toSyncSettings(tutorialSecrets);
    const secrets = toSecrets({
      ...settings,
      scopeMode: 'allUsers',
      deleteThresholdEnabled: true,
      deleteThresholdValue: 25,
    });
    assert.deepEqual(
      secrets.map((s) => s.key),
      ['AuthenticationType', 'CompanyId', 'SyncNotificationSettings', 'SyncAll'],
    );
    assert.equal(secrets.find((s) => s.key === 'AuthenticationType')?.value, 'SyncPolicy');
    assert.equal(secrets.find((s) => s.key === 'SyncAll')?.value, 'true');
    const notification = JSON.parse(secrets.find((s) => s.key === 'SyncNotificationSettings')?.value ?? '{}');
    assert.deepEqual(notification, {
      Enabled: false,
      DeleteThresholdEnabled: true,
      HumanResourcesLookaheadQueryEnabled: false,
      DeleteThresholdValue: 25,
    });
    assert.equal(tutorialSecrets[3].value, 'false', 'the input is not changed');
  });
});
