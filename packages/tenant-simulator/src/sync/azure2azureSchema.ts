import { stableGuid } from '../store/ids';
import type { Json } from '../store/types';

export const SOURCE_DIRECTORY = 'Azure Active Directory';
export const TARGET_DIRECTORY = 'Azure Active Directory (target tenant)';
export const USER_RULE_NAME = 'USER_INBOUND_USER';
export const MATCHING_EXPRESSION = 'AltSecIdFromNetId([netId])';

const attr = (name: string): Json => ({ expression: `[${name}]`, name, parameters: [], type: 'Attribute' });
const constant = (value: string): Json => ({ expression: `"${value}"`, name: value, parameters: [], type: 'Constant' });

export function mapping(
  target: string,
  source: Json | null,
  opts: { flowType?: string; matchingPriority?: number; defaultValue?: string | null } = {},
): Json {
  return {
    defaultValue: opts.defaultValue ?? null,
    exportMissingReferences: false,
    flowBehavior: 'FlowWhenChanged',
    flowType: opts.flowType ?? 'Always',
    matchingPriority: opts.matchingPriority ?? 0,
    source,
    targetAttributeName: target,
  };
}

/**
 * The default user mappings of a CTS configuration (Entra docs, "Configure cross-tenant synchronization", attribute
 * table).
 */
function userMappings(): Json[] {
  const direct = [
    'accountEnabled',
    'streetAddress',
    'city',
    'state',
    'postalCode',
    'country',
    'department',
    'employeeId',
    'displayName',
    'givenName',
    'surname',
    'jobTitle',
    'companyName',
    'mobilePhone',
    'userPrincipalName',
    'mail',
  ];
  return [
    mapping(
      'alternativeSecurityIds',
      {
        expression: MATCHING_EXPRESSION,
        name: 'AltSecIdFromNetId',
        type: 'Function',
        parameters: [{ key: 'source', value: attr('netId') }],
      },
      { matchingPriority: 1 },
    ),
    mapping('IsSoftDeleted', attr('IsSoftDeleted')),
    ...direct.map((a) => mapping(a, attr(a))),
    mapping('showInAddressList', constant('True')),
    mapping('userType', constant('Member'), { flowType: 'ObjectAddOnly' }),
    mapping('manager', attr('manager')),
  ];
}

const OBJECT_METADATA = [
  { key: 'IsCustomerDefined', value: 'false' },
  { key: 'DisableMonitoringForChanges', value: 'false' },
  { key: 'Disposition', value: '"Normal"' },
  { key: 'ExcludeFromReporting', value: 'false' },
  { key: 'EscrowBehavior', value: '"Default"' },
  { key: 'Unsynchronized', value: 'false' },
];

/**
 * The system scoping filter every CTS configuration carries: only users without an alternative security id (no SMS
 * sign-in).
 */
export const FILTER_EXTERNAL_USERS = {
  name: 'Filter external users',
  clauses: [
    { operatorName: 'EQUALS', sourceOperandName: 'alternativeSecurityIds', targetOperand: { values: ['None'] } },
  ],
};

function directory(name: string, idSeed: string): Json {
  const attributes = [
    'accountEnabled',
    'alternativeSecurityIds',
    'city',
    'companyName',
    'country',
    'department',
    'displayName',
    'employeeId',
    'givenName',
    'IsSoftDeleted',
    'jobTitle',
    'mail',
    'mailNickname',
    'manager',
    'mobilePhone',
    'netId',
    'objectId',
    'postalCode',
    'showInAddressList',
    'state',
    'streetAddress',
    'surname',
    'userPrincipalName',
    'userType',
  ];
  return {
    id: stableGuid('directory', idSeed, name),
    name,
    discoverabilities: 'AttributeNames, AttributeDataTypes, AttributeReadOnly, ReferenceAttributes',
    discoveryDateTime: null,
    readOnly: true,
    version: null,
    objects: [
      {
        name: 'User',
        attributes: attributes.map((a) => ({
          name: a,
          type:
            a === 'accountEnabled' || a === 'IsSoftDeleted' || a === 'showInAddressList'
              ? 'Boolean'
              : a === 'manager'
                ? 'Reference'
                : 'String',
          multivalued: a === 'alternativeSecurityIds',
          anchor: a === 'objectId',
          required: false,
          caseExact: false,
          flowNullValues: false,
          metadata: [],
          mutability: 'ReadWrite',
          referencedObjects: [],
          apiExpressions: [],
        })),
        metadata: [],
        supportedApis: [],
      },
    ],
  };
}

/** GET .../jobs/{jobId}/schema for a new Azure2Azure job (graph-contract.md 4.1). */
export function azure2AzureSchema(jobId: string): Json {
  return {
    id: jobId,
    version: 'v1.2',
    synchronizationRules: [
      {
        containerFilter: null,
        editable: true,
        groupFilter: null,
        id: stableGuid('rule', jobId, USER_RULE_NAME),
        name: USER_RULE_NAME,
        priority: 1,
        sourceDirectoryName: SOURCE_DIRECTORY,
        targetDirectoryName: TARGET_DIRECTORY,
        metadata: [
          { key: 'defaultSourceObjectMappings', value: 'Provision Azure Active Directory Users' },
          { key: 'supportsProvisionOnDemand', value: 'true' },
        ],
        objectMappings: [
          {
            enabled: true,
            flowTypes: 'Add, Update, Delete',
            metadata: OBJECT_METADATA,
            name: 'Provision Azure Active Directory Users',
            sourceObjectName: 'User',
            targetObjectName: 'User',
            scope: { categoryFilterGroups: [], groups: [], inputFilterGroups: [FILTER_EXTERNAL_USERS] },
            attributeMappings: userMappings(),
          },
          {
            enabled: false,
            flowTypes: 'Add, Update, Delete',
            metadata: OBJECT_METADATA,
            name: 'Provision Azure Active Directory Groups',
            sourceObjectName: 'Group',
            targetObjectName: 'Group',
            scope: null,
            attributeMappings: [
              mapping('displayName', attr('displayName')),
              mapping('description', attr('description')),
              mapping('members', attr('members')),
            ],
          },
        ],
      },
    ],
    directories: [directory(SOURCE_DIRECTORY, jobId), directory(TARGET_DIRECTORY, jobId)],
  };
}
