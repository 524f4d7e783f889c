import type { DirectoryAuditEntry } from '../../../src/domain';

/** Audit entries shaped as the gateway maps Graph's directoryAudit, named as Entra names its activities. */
const base = (over: Partial<DirectoryAuditEntry>): DirectoryAuditEntry => ({
  id: 'a-1',
  activityDateTime: '2026-03-02T10:00:00.000Z',
  activityDisplayName: '',
  category: '',
  result: 'success',
  initiatedBy: { kind: 'user', id: 'u-nw', displayName: 'Megan Bowen', userPrincipalName: 'MeganB@northwind.example' },
  targets: [],
  details: {},
  ...over,
});

export const SOURCE_TENANT = '11111111-1111-1111-1111-111111111111';
export const TARGET_TENANT = '22222222-2222-2222-2222-222222222222';

/** A target admin turns off inbound automatic redemption for the source tenant. */
export const inboundRedemptionOff = (over: Partial<DirectoryAuditEntry> = {}): DirectoryAuditEntry =>
  base({
    activityDisplayName: 'Update a partner cross-tenant access setting',
    category: 'CrossTenantAccessSettings',
    targets: [
      {
        id: SOURCE_TENANT,
        type: 'Policy',
        modifiedProperties: [
          {
            name: 'automaticUserConsentSettings',
            oldValue: '{"inboundAllowed":true,"outboundAllowed":false}',
            newValue: '{"inboundAllowed":false,"outboundAllowed":false}',
          },
        ],
      },
    ],
    ...over,
  });

/** A source admin removes a group from a configuration. */
export const groupRemoved = (
  servicePrincipalId: string,
  over: Partial<DirectoryAuditEntry> = {},
): DirectoryAuditEntry =>
  base({
    id: 'a-2',
    activityDisplayName: 'Remove app role assignment from group',
    category: 'GroupManagement',
    initiatedBy: { kind: 'user', id: 'u-src', displayName: 'Alex Wilber', userPrincipalName: 'AlexW@contoso.example' },
    targets: [
      { id: servicePrincipalId, type: 'ServicePrincipal', displayName: 'Contoso A', modifiedProperties: [] },
      { id: 'g-sales', type: 'Group', displayName: 'Sales', modifiedProperties: [] },
    ],
    ...over,
  });

/** Noise: a change to some other app the bot does not care about. */
export const otherAppChange = (n: number): DirectoryAuditEntry =>
  base({
    id: `noise-${n}`,
    activityDisplayName: 'Update service principal',
    category: 'ApplicationManagement',
    targets: [{ id: `other-sp-${n}`, type: 'ServicePrincipal', modifiedProperties: [] }],
  });
