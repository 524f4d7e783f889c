import assert from 'node:assert/strict';
import { toMappingSet, userRuleId } from '../../../src/graph/mapping/schemaMapper';
import type { WireSyncSchema } from '../../../src/graph/wire/synchronization';

/** The CTS schema shape of graph-contract.md §4.1, with a few of the default mappings. */
export const ctsSchema: WireSyncSchema = {
  id: 'Azure2Azure.job',
  version: 'v1.2',
  synchronizationRules: [
    {
      id: 'df8df8d1-9e6e-40d3-b8df-09bbb402db7e',
      name: 'USER_INBOUND_USER',
      sourceDirectoryName: 'Azure Active Directory',
      targetDirectoryName: 'Azure Active Directory (target tenant)',
      objectMappings: [
        {
          name: 'Provision Azure Active Directory Users',
          enabled: true,
          sourceObjectName: 'User',
          targetObjectName: 'User',
          scope: {
            groups: [{ name: 'Filter external users', clauses: [{ operatorName: 'EQUALS', sourceOperandName: 'alternativeSecurityIds', targetOperand: { values: ['None'] } }] }],
          },
          attributeMappings: [
            { targetAttributeName: 'alternativeSecurityIds', source: { type: 'Function', name: 'AltSecIdFromNetId', expression: 'AltSecIdFromNetId([netId])' }, flowType: 'Always', matchingPriority: 1 },
            { targetAttributeName: 'displayName', source: { type: 'Attribute', name: 'displayName', expression: '[displayName]' }, flowType: 'Always', matchingPriority: 0 },
            { targetAttributeName: 'showInAddressList', source: { type: 'Constant', name: 'True', expression: '"True"' }, flowType: 'Always', matchingPriority: 0 },
            { targetAttributeName: 'userType', source: { type: 'Constant', name: 'Member', expression: '"Member"', parameters: [] }, flowType: 'ObjectAddOnly', matchingPriority: 0 },
            { targetAttributeName: 'department', source: null, defaultValue: 'Sales', flowType: 'Always' },
          ],
        },
      ],
    },
  ],
};

describe('graph/mapping schema', () => {
  it('finds the USER_INBOUND_USER rule id for provision on demand', () => {
    assert.equal(userRuleId(ctsSchema), 'df8df8d1-9e6e-40d3-b8df-09bbb402db7e');
    assert.equal(userRuleId({ synchronizationRules: [] }), undefined);
  });

  it('maps attribute mappings the way the portal shows them', () => {
    const set = toMappingSet(ctsSchema);
    assert.equal(set?.objectMappingName, 'Provision Azure Active Directory Users');
    assert.equal(set?.enabled, true);
    assert.deepEqual(set?.attributeMappings.map((m) => [m.targetAttributeName, m.sourceType, m.source, m.flowType, m.matchingPriority]), [
      ['alternativeSecurityIds', 'Function', 'AltSecIdFromNetId([netId])', 'Always', 1],
      ['displayName', 'Attribute', 'displayName', 'Always', 0],
      ['showInAddressList', 'Constant', 'True', 'Always', 0],
      ['userType', 'Constant', 'Member', 'ObjectAddOnly', 0],
      ['department', 'None', 'Sales', 'Always', 0],
    ]);
    assert.deepEqual(set?.scopingFilters, [{ name: 'Filter external users', clauses: [{ attribute: 'alternativeSecurityIds', operator: 'EQUALS', values: ['None'] }] }]);
  });

  it('finds the user rule by its object mapping when the name differs', () => {
    const renamed: WireSyncSchema = { synchronizationRules: [{ ...ctsSchema.synchronizationRules![0], name: 'Other' }] };
    assert.equal(userRuleId(renamed), 'df8df8d1-9e6e-40d3-b8df-09bbb402db7e');
  });
});
