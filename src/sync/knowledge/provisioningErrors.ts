import type { ErrorKnowledge } from './types';

/** Per-user errors in provisioning logs and provision on demand (features-and-errors §2.2, graph-contract §7.3). */
export const PROVISIONING_ERRORS: ErrorKnowledge[] = [
  {
    code: 'AzureActiveDirectoryForbidden',
    aliases: ['MicrosoftEntraIDForbidden'],
    title: 'The target tenant blocks guest invitations',
    area: 'provisioning',
    cause:
      'External collaboration settings in the target tenant blocked the invitation ("Guest invitations not allowed ' +
      'for your company"): the guest invite setting is the most restrictive one. Less often a simultaneous ' +
      'change to the target user or customized authorizations forbid the change.',
    fix:
      'In the target tenant, relax External Identities > External collaboration settings > Guest invite settings ' +
      '(anything but "No one in the organization can invite guest users"), then provision the user again.',
    settings: [
      {
        tenant: 'target',
        setting: 'External collaboration settings > Guest invite settings',
        check: 'targetGuestInviteSettings',
      },
    ],
    source: 'features-and-errors §2.2 #10; graph-contract §7.3',
  },
  {
    code: 'AzureActiveDirectoryCannotUpdateObjectsOriginatedInExternalService',
    aliases: ['MicrosoftEntraIDCannotUpdateObjectsOriginatedInExternalService'],
    title: 'Exchange owns the attribute in the target',
    area: 'provisioning',
    cause:
      'Source-of-authority enforcement: Exchange Online owns attributes such as Mail, showInAddressList or ' +
      'extensionAttribute1-15 on this target user, so sync cannot update them.',
    fix:
      'Change the value in the target\'s Exchange Online (for example Set-MailUser <user> -CustomAttribute2 "…" ' +
      'or -HiddenFromAddressListsEnabled:$false); the engine may retry without showInAddressList on its own.',
    source: 'features-and-errors §2.2 #11; graph-contract §7.3',
  },
  {
    code: 'AzureActiveDirectoryCannotUpdateObjectsMasteredOnPremises',
    aliases: ['MicrosoftEntraIDCannotUpdateObjectsMasteredOnPremises'],
    title: 'The target user is mastered on-premises',
    area: 'provisioning',
    cause:
      'The target user was synced from on-premises Active Directory and then converted to external; its source of ' +
      'authority is still on-premises.',
    fix:
      'Cross-tenant sync cannot update this user: manage it outside cross-tenant sync, or remove the source user ' +
      'from scope.',
    source: 'features-and-errors §2.2 #12; graph-contract §7.3',
  },
  {
    code: 'AzureActiveDirectoryQuotaLimitExceeded',
    aliases: ['MicrosoftEntraIDQuotaLimitExceeded'],
    title: 'The target directory is full',
    area: 'provisioning',
    cause: 'The number of objects in the target tenant exceeds its directory quota.',
    fix: 'Ask for a quota increase for the target tenant, or remove unused objects there.',
    source: 'features-and-errors §2.2 #13; graph-contract §7.3',
  },
  {
    code: 'AzureActiveDirectoryInsufficientRights',
    aliases: ['MicrosoftEntraIDInsufficientRights'],
    title: 'The target user holds an admin role',
    area: 'provisioning',
    cause:
      'A B2B user in the target with a role other than User, Helpdesk Administrator or User Account Administrator ' +
      'cannot be deleted by sync.',
    fix:
      'Remove the role from the user in the target tenant, then let the next cycle (or a provision on demand) ' +
      'retry.',
    source: 'graph-contract §7.3',
  },
  {
    code: 'InvitationCreationFailure',
    title: 'The invitation in the target failed',
    area: 'provisioning',
    cause: 'Sync tried to invite the user into the target tenant and the invitation failed.',
    fix:
      'Check that collaboration with the source tenant is allowed in the target; if it is, this needs Microsoft ' +
      'support.',
    source: 'features-and-errors §2.2 #14',
  },
  {
    code: 'InvitationCreationFailureUserAccountDisabled',
    title: 'The existing target user is disabled',
    area: 'provisioning',
    cause: 'The user exists in the target tenant with the account disabled and an invitation pending.',
    fix: 'Enable the account in the target tenant, then provision the user again.',
    source: 'features-and-errors §2.2 #15',
  },
  {
    code: 'InvitationCreationFailureInvalidPropertyValue',
    title: 'A property of the user is invalid for an invitation',
    area: 'provisioning',
    cause:
      'The primary SMTP address is invalid, userType is mapped to something other than Guest or Member, or the mail ' +
      "equals a group's mail in the target.",
    fix:
      "Fix the source user's mail, make the userType mapping Guest or Member, or resolve the e-mail collision " +
      'with the group in the target.',
    source: 'features-and-errors §2.2 #16',
  },
  {
    code: 'InvitationCreationFailureAmbiguousUser',
    title: 'A target user already has this address',
    area: 'provisioning',
    cause: 'The invited user has a proxy address that matches an internal user in the target tenant.',
    fix: 'Delete or rename the internal user in the target tenant, or remove this user from the sync scope.',
    source: 'features-and-errors §2.2 #17',
  },
  {
    code: 'EntityTypeNotSupported',
    title: 'Groups are not provisioned by this configuration',
    area: 'provisioning',
    cause:
      'A group object was evaluated but group provisioning is not enabled; groups only put their direct members in ' +
      'scope.',
    fix:
      'Provision a user instead, or enable the "Provision Microsoft Entra ID Groups" mapping (needs Entra ID ' +
      'Governance).',
    source: 'features-and-errors §2.2 #18',
  },
  {
    code: 'InvalidAnchor',
    title: 'The matched target user no longer exists',
    area: 'provisioning',
    cause: 'The user sync had matched was deleted in the target.',
    fix: 'Restart the job so it matches again.',
    source: 'features-and-errors §2.2 #19',
  },
  {
    code: 'DuplicateTargetEntries',
    aliases: ['DuplicateSourceEntries'],
    title: 'More than one user matches',
    area: 'provisioning',
    cause: 'Several users match on the matching attribute, so sync cannot pick one.',
    fix: 'Remove the duplicates so exactly one user matches.',
    source: 'features-and-errors §2.2 #19',
  },
  {
    code: 'Timeout',
    aliases: ['InternalError', 'WebExceptionProtocolError', 'TooManyRequests'],
    title: 'A temporary service error',
    area: 'provisioning',
    cause: 'The provisioning service hit a timeout, an internal error or throttling.',
    fix:
      'Nothing to change: the service retries on the next cycle (about 40 minutes). Provision on demand to retry ' +
      'now.',
    source: 'features-and-errors §2.2 #19',
  },
];
