import { netIdFor } from './ids';
import type { Tenant } from './tenant';
import type { Json, UserRecord } from './types';

/** Properties GET /users returns when there is no $select. */
export const USER_DEFAULT_SELECT = [
  'businessPhones',
  'displayName',
  'givenName',
  'jobTitle',
  'mail',
  'mobilePhone',
  'officeLocation',
  'preferredLanguage',
  'surname',
  'userPrincipalName',
  'id',
];

/**
 * v1.0 user properties: $select of anything else is a 400, as on Graph (properties the simulator does not hold come
 * back null).
 */
export const USER_PROPERTIES = new Set(
  [
    'id',
    'deletedDateTime',
    'accountEnabled',
    'ageGroup',
    'assignedLicenses',
    'assignedPlans',
    'businessPhones',
    'city',
    'companyName',
    'consentProvidedForMinor',
    'country',
    'createdDateTime',
    'creationType',
    'department',
    'displayName',
    'employeeHireDate',
    'employeeId',
    'employeeLeaveDateTime',
    'employeeOrgData',
    'employeeType',
    'externalUserState',
    'externalUserStateChangeDateTime',
    'faxNumber',
    'givenName',
    'identities',
    'imAddresses',
    'isResourceAccount',
    'jobTitle',
    'lastPasswordChangeDateTime',
    'legalAgeGroupClassification',
    'mail',
    'mailNickname',
    'mobilePhone',
    'officeLocation',
    'onPremisesDistinguishedName',
    'onPremisesDomainName',
    'onPremisesImmutableId',
    'onPremisesLastSyncDateTime',
    'onPremisesSamAccountName',
    'onPremisesSecurityIdentifier',
    'onPremisesSyncEnabled',
    'onPremisesUserPrincipalName',
    'otherMails',
    'passwordPolicies',
    'postalCode',
    'preferredDataLocation',
    'preferredLanguage',
    'proxyAddresses',
    'securityIdentifier',
    'showInAddressList',
    'signInSessionsValidFromDateTime',
    'state',
    'streetAddress',
    'surname',
    'usageLocation',
    'userPrincipalName',
    'userType',
    'aboutMe',
    'birthday',
    'hireDate',
    'interests',
    'mySite',
    'pastProjects',
    'preferredName',
    'responsibilities',
    'schools',
    'skills',
    'manager',
    'signInActivity',
    'customSecurityAttributes',
    'authorizationInfo',
    'serviceProvisioningErrors',
    'employeeOrgData',
  ].map((p) => p.toLowerCase()),
);

export const USER_FILTERABLE = [
  'id',
  'displayname',
  'givenname',
  'surname',
  'userprincipalname',
  'mail',
  'mailnickname',
  'usertype',
  'accountenabled',
  'department',
  'jobtitle',
  'employeeid',
  'proxyaddresses',
  'companyname',
  'city',
  'country',
  'state',
  'usagelocation',
  'creationtype',
  'externaluserstate',
  'onpremisessyncenabled',
  'officelocation',
  'createddatetime',
  'mobilephone',
  'preferredlanguage',
  'othermails',
];

export function userView(user: UserRecord): Json {
  return user.data;
}

/**
 * A B2B user in `host` standing for `source` user from another tenant (what cross-tenant sync or an invitation
 * creates).
 */
export function externalUser(
  host: Tenant,
  sourceTenant: Tenant,
  source: UserRecord,
  opts: { id: string; userType: 'Guest' | 'Member'; createdDateTime: string },
): UserRecord {
  const srcUpn = source.data.userPrincipalName;
  const mangled = `${srcUpn.replace('@', '_')}#EXT#@${host.defaultDomainName}`;
  const mail = (source.data.mail as string | null) ?? srcUpn;
  return {
    data: {
      id: opts.id,
      businessPhones: [],
      displayName: source.data.displayName,
      givenName: (source.data.givenName as string | null) ?? null,
      surname: (source.data.surname as string | null) ?? null,
      jobTitle: (source.data.jobTitle as string | null) ?? null,
      mail,
      mobilePhone: null,
      officeLocation: null,
      preferredLanguage: null,
      userPrincipalName: mangled,
      accountEnabled: true,
      userType: opts.userType,
      department: (source.data.department as string | null) ?? null,
      mailNickname: `${srcUpn.replace('@', '_')}#EXT#`,
      proxyAddresses: [`SMTP:${mail}`],
      otherMails: [mail],
      city: null,
      state: null,
      country: null,
      usageLocation: null,
      companyName: null,
      employeeId: null,
      streetAddress: null,
      postalCode: null,
      createdDateTime: opts.createdDateTime,
      creationType: 'Invitation',
      externalUserState: 'Accepted',
      externalUserStateChangeDateTime: opts.createdDateTime,
      onPremisesSyncEnabled: null,
      showInAddressList: opts.userType === 'Member',
    },
    meta: { netId: netIdFor(host.id, opts.id), altSecId: { tenantId: sourceTenant.id, netId: source.meta.netId } },
  };
}
