import { stableGuid } from '../store/ids';
import type { Tenant } from '../store/tenant';
import type { Json } from '../store/types';
import { memberFromPerson } from './members';
import type { Person } from './people';

/** Well-known directory role templates (the same ids in every tenant). */
export const ROLE_TEMPLATES = {
  globalAdministrator: {
    id: '62e90394-69f5-4237-9190-012177145e10',
    displayName: 'Global Administrator',
    description:
      'Can manage all aspects of Microsoft Entra ID and Microsoft services that use Microsoft Entra identities.',
  },
  hybridIdentityAdministrator: {
    id: '8ac3fc64-6eca-42ea-9e69-59f4c7b60eb2',
    displayName: 'Hybrid Identity Administrator',
    description:
      'Can manage Active Directory to Microsoft Entra cloud provisioning, Microsoft Entra Connect, ' +
      'pass-through authentication (PTA), password hash synchronization (PHS), seamless single sign-on ' +
      '(seamless SSO), and federation settings.',
  },
  globalReader: {
    id: 'f2ef992c-3afb-46b9-b7cf-a126ee74c451',
    displayName: 'Global Reader',
    description: 'Can read everything that a Global Administrator can, but not update anything.',
  },
  securityAdministrator: {
    id: '194ae4cb-b126-40b2-bd5b-6091b380977d',
    displayName: 'Security Administrator',
    description:
      'Can read security information and reports, and manage configuration in Microsoft Entra ID and Office 365.',
  },
} as const;

export type RoleKey = keyof typeof ROLE_TEMPLATES;

export function addPeople(tenant: Tenant, people: Person[]): void {
  people.forEach((person, i) => tenant.users.add(memberFromPerson(tenant, person, i)));
}

export function userIdByAlias(tenant: Tenant, alias: string): string {
  const user = tenant.users.find(`${alias}@${tenant.domain}`);
  if (!user) throw new Error(`seed: no user ${alias} in ${tenant.name}`);
  return user.data.id;
}

export function addGroup(
  tenant: Tenant,
  name: string,
  description: string,
  memberIds: string[],
  opts: { mailEnabled?: boolean; unified?: boolean } = {},
): string {
  const id = stableGuid(tenant.name, 'group', name);
  const nickname = name.replace(/[^A-Za-z0-9]/g, '');
  const data: Json & { id: string; displayName: string } = {
    id,
    deletedDateTime: null,
    classification: null,
    createdDateTime: '2023-05-04T09:00:00Z',
    description,
    displayName: name,
    groupTypes: opts.unified ? ['Unified'] : [],
    mail: opts.mailEnabled || opts.unified ? `${nickname}@${tenant.domain}` : null,
    mailEnabled: !!(opts.mailEnabled || opts.unified),
    mailNickname: nickname,
    securityEnabled: !opts.unified,
    visibility: opts.unified ? 'Private' : null,
  };
  tenant.groups.set(id, { data, members: new Set(memberIds) });
  return id;
}

export function addRole(tenant: Tenant, role: RoleKey, memberIds: string[]): void {
  const t = ROLE_TEMPLATES[role];
  const id = stableGuid(tenant.name, 'directoryRole', t.id);
  tenant.directoryRoles.set(id, {
    data: { id, deletedDateTime: null, description: t.description, displayName: t.displayName, roleTemplateId: t.id },
    members: new Set(memberIds),
  });
}
