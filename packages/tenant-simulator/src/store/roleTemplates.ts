/**
 * Built-in Microsoft Entra role templates the simulator knows (the same ids in every tenant, as in
 * https://learn.microsoft.com/entra/identity/role-based-access-control/permissions-reference).
 */
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
  applicationAdministrator: {
    id: '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3',
    displayName: 'Application Administrator',
    description: 'Can create and manage all aspects of app registrations and enterprise apps.',
  },
  cloudApplicationAdministrator: {
    id: '158c047a-c907-4556-b7ef-446551a6b5f7',
    displayName: 'Cloud Application Administrator',
    description: 'Can create and manage all aspects of app registrations and enterprise apps except App Proxy.',
  },
  securityReader: {
    id: '5d6b6bb7-de71-4623-b4af-96380a352509',
    displayName: 'Security Reader',
    description: 'Can read security information and reports in Microsoft Entra ID and Office 365.',
  },
  securityOperator: {
    id: '5f2222b1-57c3-48ba-8ad5-d4759f1fde6f',
    displayName: 'Security Operator',
    description: 'Creates and manages security events.',
  },
  reportsReader: {
    id: '4a5d8f65-41da-4de4-8968-e035b65339cf',
    displayName: 'Reports Reader',
    description: 'Can read sign-in and audit reports.',
  },
  teamsAdministrator: {
    id: '69091246-20e8-4a56-aa4d-066075b2a7a8',
    displayName: 'Teams Administrator',
    description: 'Can manage the Microsoft Teams service.',
  },
  privilegedRoleAdministrator: {
    id: 'e8611ab8-c189-46e8-94e1-60213ab1f814',
    displayName: 'Privileged Role Administrator',
    description:
      'Can manage role assignments in Microsoft Entra ID, and all aspects of Privileged Identity Management.',
  },
  userAdministrator: {
    id: 'fe930be7-5e62-47db-91af-98c3a49a38b1',
    displayName: 'User Administrator',
    description: 'Can manage all aspects of users and groups, including resetting passwords for limited admins.',
  },
  directoryWriters: {
    id: '9360feb5-f418-4baa-8175-e2a00bac4301',
    displayName: 'Directory Writers',
    description: 'Can read and write basic directory information. For granting access to applications.',
  },
  identityGovernanceAdministrator: {
    id: '45d8d3c5-c802-45c6-b32a-1d70b5e1e86e',
    displayName: 'Identity Governance Administrator',
    description: 'Manage access using Microsoft Entra ID for identity governance scenarios.',
  },
} as const;

export type RoleKey = keyof typeof ROLE_TEMPLATES;

/** A role by its key ("applicationAdministrator"), display name or template id; undefined when unknown. */
export function roleTemplate(name: string): (typeof ROLE_TEMPLATES)[RoleKey] | undefined {
  const n = name.trim().toLowerCase();
  return Object.entries(ROLE_TEMPLATES).find(
    ([key, t]) => key.toLowerCase() === n || t.displayName.toLowerCase() === n || t.id === n,
  )?.[1];
}
