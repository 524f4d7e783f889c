import { ensureRole } from '../store/directoryRoles';
import { stableGuid } from '../store/ids';
import type { Tenant } from '../store/tenant';
import { ROLE_TEMPLATES, type RoleKey } from '../store/roleTemplates';
import type { Json } from '../store/types';
import { memberFromPerson } from './members';
import type { Person } from './people';

export { ROLE_TEMPLATES, type RoleKey } from '../store/roleTemplates';

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
  const r = ensureRole(tenant, ROLE_TEMPLATES[role]);
  for (const id of memberIds) r.members.add(id);
}
