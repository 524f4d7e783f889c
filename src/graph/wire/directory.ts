/** Graph JSON shapes of directory objects the product reads. */

export interface WireUser {
  id: string;
  displayName?: string | null;
  userPrincipalName?: string | null;
  mail?: string | null;
  mailNickname?: string | null;
  userType?: string | null;
  accountEnabled?: boolean | null;
  department?: string | null;
  '@odata.type'?: string;
}

export interface WireGroup {
  id: string;
  displayName?: string | null;
  description?: string | null;
  mail?: string | null;
  '@odata.type'?: string;
}

export interface WireDirectoryObject {
  id: string;
  '@odata.type'?: string;
  displayName?: string | null;
  roleTemplateId?: string | null;
}

export interface WireAppRole {
  id: string;
  displayName?: string | null;
  value?: string | null;
  allowedMemberTypes?: string[];
}

export interface WireServicePrincipal {
  id: string;
  appId: string;
  displayName?: string | null;
  applicationTemplateId?: string | null;
  appRoles?: WireAppRole[] | null;
}

export interface WireAppRoleAssignment {
  id: string;
  appRoleId: string;
  principalId: string;
  principalType?: string | null;
  principalDisplayName?: string | null;
  createdDateTime?: string | null;
}
