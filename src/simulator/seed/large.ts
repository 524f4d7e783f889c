import { netIdFor, stableGuid } from '../store/ids';
import type { Tenant } from '../store/tenant';

const FIRST = ['Aaron', 'Abigail', 'Adam', 'Aisha', 'Alan', 'Alice', 'Amir', 'Ana', 'Andre', 'Anna', 'Ben', 'Bianca', 'Carlos', 'Chen', 'Chloe', 'Daniel', 'Dara', 'David', 'Elena', 'Eli', 'Emma', 'Farah', 'Felix', 'Grace', 'Hana', 'Hugo', 'Ines', 'Ivan', 'Jada', 'James', 'Jana', 'Kai', 'Kenji', 'Lara', 'Leo', 'Lina', 'Luca', 'Maya', 'Mateo', 'Mia', 'Nadia', 'Noah', 'Omar', 'Olga', 'Priya', 'Quinn', 'Rafael', 'Rosa', 'Sam', 'Sara', 'Tariq', 'Tess', 'Uma', 'Victor', 'Wei', 'Xena', 'Yara', 'Yusuf', 'Zoe', 'Zane'];
const LAST = ['Abbott', 'Berg', 'Costa', 'Dubois', 'Eriksen', 'Fischer', 'Garcia', 'Haddad', 'Ito', 'Jensen', 'Kowalski', 'Larsen', 'Moreau', 'Nakamura', 'Okafor', 'Petrov', 'Quintero', 'Rossi', 'Silva', 'Tanaka', 'Usman', 'Varga', 'Wagner', 'Xu', 'Yilmaz', 'Zhang', 'Novak', 'Schmidt', 'Lopez', 'Khan'];
const DEPARTMENTS = ['Sales', 'Marketing', 'Finance', 'Engineering', 'Operations', 'Retail', 'HR', 'Legal', 'IT', 'Manufacturing'];

/** Adds generated members until the tenant holds `total` users (benchmarks: 100,000). Deterministic and fast. */
export function addGeneratedUsers(tenant: Tenant, total: number): void {
  const start = tenant.users.size;
  for (let i = 0; tenant.users.size < total; i++) {
    const n = start + i;
    const given = FIRST[n % FIRST.length];
    const surname = LAST[Math.floor(n / FIRST.length) % LAST.length];
    const serial = String(n).padStart(6, '0');
    const alias = `${given}.${surname}.${serial}`.toLowerCase();
    const upn = `${alias}@${tenant.domain}`;
    const department = DEPARTMENTS[n % DEPARTMENTS.length];
    tenant.users.add({
      data: {
        id: stableGuid(tenant.name, 'generated-user', serial),
        businessPhones: [],
        displayName: `${given} ${surname} ${serial}`,
        givenName: given,
        surname,
        jobTitle: 'Associate',
        mail: upn,
        mobilePhone: null,
        officeLocation: null,
        preferredLanguage: 'en-US',
        userPrincipalName: upn,
        accountEnabled: true,
        userType: 'Member',
        department,
        mailNickname: alias,
        proxyAddresses: [`SMTP:${upn}`],
        otherMails: [],
        city: null,
        state: null,
        country: null,
        usageLocation: null,
        companyName: tenant.displayName,
        employeeId: String(100000 + n),
        streetAddress: null,
        postalCode: null,
        createdDateTime: '2024-06-01T00:00:00Z',
        creationType: null,
        externalUserState: null,
        externalUserStateChangeDateTime: null,
        onPremisesSyncEnabled: null,
        showInAddressList: true,
      },
      meta: { netId: netIdFor(tenant.id, 'generated', serial) },
    });
  }
}
