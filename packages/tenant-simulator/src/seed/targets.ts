import { stableGuid } from '../store/ids';
import { identitySync, newPartner } from '../store/partners';
import type { Tenant } from '../store/tenant';
import { externalUser } from '../store/users';
import { addGroup, addPeople, addRole, userIdByAlias } from './directory';
import { TARGET_PEOPLE } from './people';

const TRUST_MFA = { isMfaAccepted: true, isCompliantDeviceAccepted: true, isHybridAzureADJoinedDeviceAccepted: false };

export function seedTargetDirectory(target: Tenant): void {
  addPeople(target, TARGET_PEOPLE[target.name] ?? []);
  const all = [...target.users.all()].map((x) => x.data.id);
  addGroup(target, 'All Employees', `Everyone at ${target.displayName}`, all, { unified: true });
  addRole(target, 'globalAdministrator', all.slice(0, 1));
  addRole(target, 'securityAdministrator', all.slice(1, 2));
}

/**
 * Fabrikam is set up correctly for Contoso, and holds the awkward cases: Diego already a B2B guest (matched,
 * never duplicated), Lidia a mailbox guest whose Exchange-owned attributes cannot be updated, and an internal
 * user whose proxy address collides with Patti Fernandez's mail (InvitationCreationFailureAmbiguousUser).
 */
export function seedFabrikam(fabrikam: Tenant, contoso: Tenant): void {
  seedTargetDirectory(fabrikam);
  const patricia = fabrikam.users.get(userIdByAlias(fabrikam, 'PatriciaF'))!;
  fabrikam.users.update(patricia, {
    proxyAddresses: [...(patricia.data.proxyAddresses as string[]), 'smtp:PattiF@contoso.com'],
  });
  const guest = (alias: string, createdDateTime: string, exchangeMastered?: string[]): void => {
    const source = contoso.users.get(userIdByAlias(contoso, alias))!;
    const user = externalUser(fabrikam, contoso, source, {
      id: stableGuid(fabrikam.name, 'b2b', source.data.id),
      userType: 'Guest',
      createdDateTime,
    });
    if (exchangeMastered) user.meta.exchangeMastered = exchangeMastered;
    fabrikam.users.add(user);
  };
  guest('DiegoS', '2024-03-11T15:20:00Z');
  guest('LidiaH', '2024-04-02T11:05:00Z', ['showInAddressList', 'mail']);
  fabrikam.partners.set(contoso.id, {
    ...newPartner(contoso.id, {
      inboundTrust: TRUST_MFA,
      automaticUserConsentSettings: { inboundAllowed: true, outboundAllowed: null },
    }),
    identitySynchronization: identitySync(contoso.id, contoso.displayName.split(',')[0], true),
  });
}

/** Northwind allows sync but its inbound automatic redemption is off. */
export function seedNorthwind(northwind: Tenant, contoso: Tenant): void {
  seedTargetDirectory(northwind);
  northwind.partners.set(contoso.id, {
    ...newPartner(contoso.id, { automaticUserConsentSettings: { inboundAllowed: false, outboundAllowed: null } }),
    identitySynchronization: identitySync(contoso.id, 'Contoso', true),
  });
}

/** Tailspin is fully ready on its side; Contoso has nothing for it yet. */
export function seedTailspin(tailspin: Tenant, contoso: Tenant): void {
  seedTargetDirectory(tailspin);
  tailspin.partners.set(contoso.id, {
    ...newPartner(contoso.id, {
      inboundTrust: TRUST_MFA,
      automaticUserConsentSettings: { inboundAllowed: true, outboundAllowed: null },
    }),
    identitySynchronization: identitySync(contoso.id, 'Contoso', true),
  });
}

/** Woodgrove has a partner entry for Contoso with auto-redemption, but has not allowed inbound user sync. */
export function seedWoodgrove(woodgrove: Tenant, contoso: Tenant): void {
  seedTargetDirectory(woodgrove);
  woodgrove.partners.set(
    contoso.id,
    newPartner(contoso.id, { automaticUserConsentSettings: { inboundAllowed: true, outboundAllowed: null } }),
  );
}

/** Contoso's own partner entries: Fabrikam and Northwind with outbound auto-redemption and MFA trust. */
export function seedContosoPartners(contoso: Tenant, targets: Tenant[]): void {
  for (const t of targets) {
    contoso.partners.set(
      t.id,
      newPartner(t.id, {
        inboundTrust: {
          isMfaAccepted: true,
          isCompliantDeviceAccepted: false,
          isHybridAzureADJoinedDeviceAccepted: false,
        },
        automaticUserConsentSettings: { inboundAllowed: null, outboundAllowed: true },
      }),
    );
  }
}
