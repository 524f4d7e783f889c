import type { ErrorKnowledge } from './types';

/**
 * Skips, scope and matching behaviours (features-and-errors §2.3, §2.4). Codes without a wire name are the product's
 * own.
 */
export const SCOPE_AND_MATCHING: ErrorKnowledge[] = [
  {
    code: 'RedundantExport',
    title: 'Already in sync',
    area: 'matching',
    cause: 'The user in the source and in the target already match; there is nothing to change.',
    fix: 'Nothing to do.',
    source: 'graph-contract §6.1',
  },
  {
    code: 'NotEffectivelyEntitled',
    aliases: ['EntrySynchronizationSkipped'],
    title: 'The user is not in scope',
    area: 'scope',
    cause:
      'The user is not assigned to the configuration (directly, or as a direct member of an assigned group; nested ' +
      'groups do not count), fails a scoping filter, or was assigned only minutes ago.',
    fix:
      'Assign the user (or a group they are a direct member of), check the scoping filters, and try again in a ' +
      'few minutes; if the assignment looks right, remove and re-add it.',
    settings: [{ tenant: 'source', setting: 'Configuration > Users and groups', check: 'userAssignment' }],
    source: 'features-and-errors §2.3 #21, #23, #24, #25',
  },
  {
    code: 'SmsSignInFiltered',
    aliases: ["Filter external users.alternativeSecurityIds EQUALS 'None'"],
    title: 'Skipped by "Filter external users"',
    area: 'scope',
    cause:
      'The user has SMS sign-in enabled, so alternativeSecurityIds is not None and the default scoping filter skips ' +
      'them.',
    fix: 'Disable SMS sign-in for the user, then provision again.',
    source: 'features-and-errors §2.3 #20',
  },
  {
    code: 'SourceUserNotInternalMember',
    title: 'Guests and external users are not synced',
    area: 'scope',
    cause: 'Cross-tenant sync only syncs internal members of the source tenant, not guests or external users.',
    fix: 'Nothing to change in sync: only internal members can be provisioned.',
    source: 'features-and-errors §2.3 #22',
  },
  {
    code: 'GuestStaysGuest',
    title: 'Existing guests stay Guest',
    area: 'matching',
    cause:
      'The userType mapping applies only when the user is created; an existing B2B guest that is matched keeps ' +
      'userType Guest.',
    fix: 'Set "Apply this mapping" of the userType mapping to Always to turn matched guests into members.',
    source: 'features-and-errors §2.4 #27',
  },
  {
    code: 'ShowInAddressListIgnored',
    title: 'showInAddressList does not apply to mailbox users',
    area: 'matching',
    cause:
      'For target users with a mailbox, Exchange decides address list visibility, not the showInAddressList mapping.',
    fix: 'In the target run Set-MailUser <user> -HiddenFromAddressListsEnabled:$false.',
    source: 'features-and-errors §2.4 #30',
  },
  {
    code: 'UpnNotUpdatedPendingAcceptance',
    title: 'UPN not updated for a pending invitation',
    area: 'matching',
    cause:
      'Users invited earlier whose invitation is still PendingAcceptance have no alternativeSecurityId yet, so their ' +
      'UPN is not updated.',
    fix: 'Provision them on demand or restart the job.',
    source: 'features-and-errors §2.4 #28',
  },
];
