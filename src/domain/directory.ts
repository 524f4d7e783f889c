/** Directory objects the product reasons about: users, groups, scope assignments, memberships. */

export interface DirectoryUser {
  id: string;
  displayName: string;
  userPrincipalName: string;
  mail?: string;
  mailNickname?: string;
  userType?: 'Member' | 'Guest' | string;
  accountEnabled?: boolean;
  department?: string;
}

export interface DirectoryGroup {
  id: string;
  displayName: string;
  description?: string;
  mail?: string;
}

export interface ScopeAssignment {
  id: string;
  principalId: string;
  principalType: 'User' | 'Group' | string;
  principalDisplayName: string;
  appRoleId: string;
  createdDateTime?: string;
}

/** A group or directory role a user belongs to, directly or through nesting (for role checks). */
export interface DirectoryMembership {
  id: string;
  displayName: string;
  kind: 'group' | 'directoryRole';
  /** Directory roles only: the template id, the same in every tenant. */
  roleTemplateId?: string;
}
