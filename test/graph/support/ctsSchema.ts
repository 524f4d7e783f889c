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
            groups: [
              {
                name: 'Filter external users',
                clauses: [
                  {
                    operatorName: 'EQUALS',
                    sourceOperandName: 'alternativeSecurityIds',
                    targetOperand: { values: ['None'] },
                  },
                ],
              },
            ],
          },
          attributeMappings: [
            {
              targetAttributeName: 'alternativeSecurityIds',
              source: { type: 'Function', name: 'AltSecIdFromNetId', expression: 'AltSecIdFromNetId([netId])' },
              flowType: 'Always',
              matchingPriority: 1,
            },
            {
              targetAttributeName: 'displayName',
              source: { type: 'Attribute', name: 'displayName', expression: '[displayName]' },
              flowType: 'Always',
              matchingPriority: 0,
            },
            {
              targetAttributeName: 'showInAddressList',
              source: { type: 'Constant', name: 'True', expression: '"True"' },
              flowType: 'Always',
              matchingPriority: 0,
            },
            {
              targetAttributeName: 'userType',
              source: { type: 'Constant', name: 'Member', expression: '"Member"', parameters: [] },
              flowType: 'ObjectAddOnly',
              matchingPriority: 0,
            },
            { targetAttributeName: 'department', source: null, defaultValue: 'Sales', flowType: 'Always' },
          ],
        },
      ],
    },
  ],
};
