import type { UserRecord } from '../store/types';
import type { Value } from './expressions';

/** The attributes the provisioning service reads from a source user (Graph properties plus the internal ones). */
export function sourceAttribute(user: UserRecord, name: string): Value {
  switch (name.toLowerCase()) {
    case 'netid':
      return user.meta.netId;
    case 'objectid':
      return user.data.id;
    case 'issoftdeleted':
      return user.meta.softDeleted ? 'True' : 'False';
    case 'alternativesecurityids':
      // Users with SMS sign-in carry an alternative security id, so CTS's "Filter external users" skips them.
      return user.meta.smsSignIn || user.meta.altSecId ? `sms:${user.meta.netId}` : 'None';
    case 'appRoleAssignments'.toLowerCase():
      return 'msiam_access';
    case 'manager':
      return null;
    default: {
      const key = name in user.data ? name : Object.keys(user.data).find((k) => k.toLowerCase() === name.toLowerCase());
      const v = key === undefined ? null : user.data[key];
      if (v === null || v === undefined) return null;
      if (typeof v === 'boolean') return v ? 'True' : 'False';
      if (Array.isArray(v)) return v.length === 0 ? null : String(v[0]);
      return String(v);
    }
  }
}

/** The import step's details, as the real logs show them (strings; empty for nothing). */
export function importDetails(user: UserRecord): Record<string, string> {
  const s = (n: string): string => {
    const v = sourceAttribute(user, n);
    return v === null ? '' : String(v);
  };
  return {
    objectId: user.data.id,
    accountEnabled: s('accountEnabled'),
    department: s('department'),
    displayName: s('displayName'),
    mailNickname: s('mailNickname'),
    userPrincipalName: s('userPrincipalName'),
    netId: user.meta.netId,
    showInAddressList: '',
    alternativeSecurityIds: s('alternativeSecurityIds'),
    IsSoftDeleted: user.meta.softDeleted ? 'True' : 'False',
    appRoleAssignments: 'msiam_access',
  };
}
