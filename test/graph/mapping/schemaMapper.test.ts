import assert from 'node:assert/strict';
import { toMappingSet, userRuleId } from '../../../src/graph/mapping/schemaMapper';
import type { WireSyncSchema } from '../../../src/graph/wire/synchronization';
import { ctsSchema } from '../support/ctsSchema';

describe('graph/mapping schema', () => {
  it('finds the USER_INBOUND_USER rule id for provision on demand', () => {
    assert.equal(userRuleId(ctsSchema), 'df8df8d1-9e6e-40d3-b8df-09bbb402db7e');
    assert.equal(userRuleId({ synchronizationRules: [] }), undefined);
  });

  it('maps attribute mappings the way the portal shows them', () => {
    const set = toMappingSet(ctsSchema);
    assert.equal(set?.objectMappingName, 'Provision Azure Active Directory Users');
    assert.equal(set?.enabled, true);
    assert.deepEqual(
      set?.attributeMappings.map((m) => [
        m.targetAttributeName,
        m.sourceType,
        m.source,
        m.flowType,
        m.matchingPriority,
      ]),
      [
        ['alternativeSecurityIds', 'Function', 'AltSecIdFromNetId([netId])', 'Always', 1],
        ['displayName', 'Attribute', 'displayName', 'Always', 0],
        ['showInAddressList', 'Constant', 'True', 'Always', 0],
        ['userType', 'Constant', 'Member', 'ObjectAddOnly', 0],
        ['department', 'None', 'Sales', 'Always', 0],
      ],
    );
    assert.deepEqual(set?.scopingFilters, [
      {
        name: 'Filter external users',
        clauses: [{ attribute: 'alternativeSecurityIds', operator: 'EQUALS', values: ['None'] }],
      },
    ]);
  });

  it('finds the user rule by its object mapping when the name differs', () => {
    const renamed: WireSyncSchema = {
      synchronizationRules: [{ ...ctsSchema.synchronizationRules![0], name: 'Other' }],
    };
    assert.equal(userRuleId(renamed), 'df8df8d1-9e6e-40d3-b8df-09bbb402db7e');
  });
});
