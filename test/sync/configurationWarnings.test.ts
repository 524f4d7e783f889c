import assert from 'node:assert/strict';
import { configurationWarnings } from '../../src/sync/configurationWarnings';
import type { MappingSet, SyncConfiguration } from '../../src/domain';

const config: SyncConfiguration = {
  servicePrincipalId: 'sp',
  appId: 'a',
  displayName: 'Contoso A',
  target: { tenantId: 't', displayName: 'Fabrikam' },
};
const mappingsWith = (attributeMappings: MappingSet['attributeMappings'], enabled = true): MappingSet => ({
  ruleId: 'r',
  objectMappingName: 'm',
  enabled,
  attributeMappings,
});

describe('sync/configurationWarnings', () => {
  it('says a configuration without a job provisions nothing, and a paused job syncs nothing', () => {
    assert.match(configurationWarnings({ config }).join(), /no synchronization job/);
    const paused = {
      ...config,
      job: {
        id: 'j',
        templateId: 'Azure2Azure',
        scheduleState: 'Disabled' as const,
        interval: 'PT40M',
        status: 'Paused' as const,
        countSuccessiveCompleteFailures: 0,
      },
    };
    assert.match(configurationWarnings({ config: paused }).join(), /not running on its schedule/);
  });

  it('explains scope: sync-all, nobody assigned, and deletion prevention off', () => {
    const base = { companyId: 't', notificationsEnabled: false, deleteThresholdEnabled: false, raw: [] };
    const all = configurationWarnings({ config, settings: { ...base, scopeMode: 'allUsers' } }).join('\n');
    assert.match(all, /Sync all users and groups/);
    assert.match(all, /Accidental deletion prevention is off/);
    assert.match(
      configurationWarnings({ config, settings: { ...base, scopeMode: 'assignedOnly' }, assignments: [] }).join(),
      /Nobody is assigned/,
    );
  });

  it('explains Guest mapping, a disabled mapping and a missing or false showInAddressList', () => {
    const guest = configurationWarnings({
      config,
      mappings: mappingsWith([
        {
          targetAttributeName: 'userType',
          source: 'Guest',
          sourceType: 'Constant',
          flowType: 'ObjectAddOnly',
          matchingPriority: 0,
        },
      ]),
    }).join('\n');
    assert.match(guest, /created as Guest/);
    assert.doesNotMatch(guest, /existing guests stay Guest/);
    assert.match(guest, /showInAddressList is not mapped/);
    const hidden = configurationWarnings({
      config,
      mappings: mappingsWith([
        {
          targetAttributeName: 'showInAddressList',
          source: 'False',
          sourceType: 'Constant',
          flowType: 'Always',
          matchingPriority: 0,
        },
      ]),
    });
    assert.match(hidden.join(), /showInAddressList is False/);
    assert.deepEqual(
      configurationWarnings({ config: { ...config, job: undefined }, mappings: mappingsWith([], false) }).slice(-1),
      ['The user mapping is disabled: no users are provisioned.'],
    );
  });
});
