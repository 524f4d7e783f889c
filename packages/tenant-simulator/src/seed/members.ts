import { netIdFor, stableGuid } from '../store/ids';
import type { Tenant } from '../store/tenant';
import type { UserRecord } from '../store/types';
import type { Person } from './people';

/** A member user of the tenant from a seed person (deterministic id, netId and dates). */
export function memberFromPerson(tenant: Tenant, person: Person, index: number): UserRecord {
  const displayName = person.displayName ?? `${person.given} ${person.surname}`;
  const upn = `${person.alias}@${tenant.domain}`;
  const phone = `+1 425 555 ${String(100 + index).padStart(4, '0')}`;
  return {
    data: {
      id: stableGuid(tenant.name, 'user', person.alias.toLowerCase()),
      businessPhones: [phone],
      displayName,
      givenName: person.given,
      surname: person.surname,
      jobTitle: person.jobTitle,
      mail: upn,
      mobilePhone: null,
      officeLocation: person.office,
      preferredLanguage: 'en-US',
      userPrincipalName: upn,
      accountEnabled: person.accountEnabled ?? true,
      userType: 'Member',
      department: person.department,
      mailNickname: person.alias,
      proxyAddresses: [`SMTP:${upn}`, `smtp:${person.alias}@${tenant.defaultDomainName}`],
      otherMails: [],
      city: person.city,
      state: person.state,
      country: person.country,
      usageLocation: person.country === 'United States' ? 'US' : null,
      companyName: tenant.displayName,
      employeeId: String(10000 + index),
      streetAddress: null,
      postalCode: null,
      createdDateTime: new Date(Date.UTC(2023, 4, 4, 8, 12) + index * 3600_000).toISOString().replace('.000', ''),
      creationType: null,
      externalUserState: null,
      externalUserStateChangeDateTime: null,
      onPremisesSyncEnabled: null,
      showInAddressList: true,
    },
    meta: { netId: netIdFor(tenant.id, person.alias.toLowerCase()), smsSignIn: person.smsSignIn ?? false },
  };
}
