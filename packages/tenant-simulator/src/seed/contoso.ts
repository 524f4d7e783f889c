import type { Tenant } from '../store/tenant';
import { externalUser } from '../store/users';
import { stableGuid } from '../store/ids';
import { addGroup, addPeople, addRole, ROLE_TEMPLATES, userIdByAlias } from './directory';
import { CONTOSO_PEOPLE } from './people';

/** The source tenant's directory: people, groups (one nested), directory roles, one B2B guest. */
export function seedContosoDirectory(contoso: Tenant, guestFrom: Tenant): void {
  addPeople(contoso, CONTOSO_PEOPLE);
  const u = (...aliases: string[]): string[] => aliases.map((a) => userIdByAlias(contoso, a));
  const salesEmea = addGroup(
    contoso,
    'Sales EMEA',
    'Sales team for Europe, Middle East and Africa (nested in Sales)',
    u('IsabellaS', 'PradeepG'),
  );
  addGroup(contoso, 'Sales', 'Everyone in Sales', [...u('IsaiahL', 'ChristieC', 'CameronW', 'GerhartM'), salesEmea]);
  addGroup(contoso, 'Marketing', 'Marketing department', u('MeganB', 'AlexW', 'DeliaD', 'MiriamG'), {
    mailEnabled: true,
  });
  addGroup(contoso, 'Retail', 'Retail stores', u('AdeleV', 'LynneR', 'IsabellaS'));
  addGroup(
    contoso,
    'Identity Ops',
    'Identity operations: readers, operators and approvers of cross-tenant sync',
    u('MeganB', 'AlexW', 'IsaiahL', 'LynneR', 'AllanD'),
  );
  addGroup(contoso, 'Leadership', 'Leadership team', u('PattiF', 'NestorW', 'LeeG', 'IrvinS', 'MiriamG'));
  addGroup(contoso, 'Engineering', 'Engineering', u('JohannaL', 'LidiaH', 'HenriettaM', 'GradyA', 'SeanO'));
  addGroup(
    contoso,
    'All Company',
    'This is the default group for everyone in the network',
    [...contoso.users.all()].map((x) => x.data.id),
    { unified: true },
  );
  addRole(contoso, 'globalAdministrator', u('MeganB'));
  addRole(contoso, 'hybridIdentityAdministrator', u('AlexW', 'IsaiahL'));
  addRole(contoso, 'globalReader', u('LynneR'));
  // People for delegated (on-behalf-of) calls: one per documented least privileged role, one whose role is only
  // eligible in PIM, one whose Conditional Access wants MFA for Microsoft Graph.
  addRole(contoso, 'cloudApplicationAdministrator', u('MiriamG'));
  addRole(contoso, 'securityAdministrator', u('PattiF'));
  contoso.users.get(u('AllanD')[0])!.meta.eligibleRoleTemplateIds = [ROLE_TEMPLATES.applicationAdministrator.id];
  contoso.users.get(u('MiriamG')[0])!.meta.mfa = 'required';

  // An external (B2B) user in the source tenant: cross-tenant sync only synchronizes internal members.
  const partnerUser = [...guestFrom.users.all()][0];
  contoso.users.add(
    externalUser(contoso, guestFrom, partnerUser, {
      id: stableGuid(contoso.name, 'guest', partnerUser.data.id),
      userType: 'Guest',
      createdDateTime: '2024-02-01T10:00:00Z',
    }),
  );
}
