/**
 * The v1.0 properties of the entity types whose $select the simulator checks (lower case), from each resource
 * type's page on learn.microsoft.com/en-us/graph/api/resources/. A $select of anything else is a 400, as Graph
 * answers ("Could not find a property named '…' on type '…'").
 */
const names = (list: string): Set<string> =>
  new Set(
    list
      .split(/\s+/)
      .filter(Boolean)
      .map((s) => s.toLowerCase()),
  );

const DIRECTORY_OBJECT = 'id deletedDateTime';

export const SERVICE_PRINCIPAL = names(`${DIRECTORY_OBJECT} accountEnabled addIns alternativeNames appDescription
  appDisplayName appId applicationTemplateId appOwnerOrganizationId appRoleAssignmentRequired appRoles
  customSecurityAttributes description disabledByMicrosoftStatus displayName homepage info keyCredentials loginUrl
  logoutUrl notes notificationEmailAddresses oauth2PermissionScopes passwordCredentials preferredSingleSignOnMode
  preferredTokenSigningKeyThumbprint replyUrls resourceSpecificApplicationPermissions samlSingleSignOnSettings
  servicePrincipalNames servicePrincipalType signInAudience tags tokenEncryptionKeyId verifiedPublisher`);

export const APPLICATION = names(`${DIRECTORY_OBJECT} addIns api appId applicationTemplateId appRoles certification
  createdDateTime defaultRedirectUri description disabledByMicrosoftStatus displayName groupMembershipClaims
  identifierUris info isDeviceOnlyAuthSupported isFallbackPublicClient keyCredentials logo
  nativeAuthenticationApisEnabled notes oauth2RequirePostResponse optionalClaims parentalControlSettings
  passwordCredentials publicClient
  publisherDomain requestSignatureVerification requiredResourceAccess samlMetadataUrl serviceManagementReference
  servicePrincipalLockConfiguration signInAudience spa tags tokenEncryptionKeyId uniqueName verifiedPublisher web`);

export const GROUP =
  names(`${DIRECTORY_OBJECT} allowExternalSenders assignedLabels assignedLicenses autoSubscribeNewMembers
  classification createdDateTime description displayName expirationDateTime groupTypes hasMembersWithLicenseErrors
  hideFromAddressLists hideFromOutlookClients isArchived isAssignableToRole isManagementRestricted isSubscribedByMail
  licenseProcessingState mail mailEnabled mailNickname membershipRule membershipRuleProcessingState
  onPremisesDomainName onPremisesLastSyncDateTime onPremisesNetBiosName onPremisesProvisioningErrors
  onPremisesSamAccountName onPremisesSecurityIdentifier onPremisesSyncEnabled preferredDataLocation preferredLanguage
  proxyAddresses renewedDateTime securityEnabled securityIdentifier serviceProvisioningErrors theme uniqueName
  unseenCount visibility`);

export const DIRECTORY_ROLE = names(`${DIRECTORY_OBJECT} description displayName roleTemplateId`);

export const PROVISIONING_OBJECT_SUMMARY = names(`activityDateTime changeId cycleId durationInMilliseconds id
  initiatedBy jobId modifiedProperties provisioningAction provisioningStatusInfo provisioningSteps servicePrincipal
  sourceIdentity sourceSystem targetIdentity targetSystem tenantId`);

export const PARTNER = names(`tenantId automaticUserConsentSettings b2bCollaborationInbound b2bCollaborationOutbound
  b2bDirectConnectInbound b2bDirectConnectOutbound crossCloudMeetingConfiguration inboundTrust
  isInMultiTenantOrganization isServiceProvider protectedContentSharing tenantRestrictions identitySynchronization`);

/** A directoryObject collection (memberOf) holds groups, roles and users: properties of any of them. */
export const DIRECTORY_AUDIT = names(`activityDateTime activityDisplayName additionalDetails category correlationId id
  initiatedBy loggedByService operationType result resultReason targetResources`);

export const MEMBERSHIP = new Set([...GROUP, ...DIRECTORY_ROLE]);
