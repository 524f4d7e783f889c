import type { Tenant } from '../store/tenant';
import type { Json, ServicePrincipalRecord } from '../store/types';
import { ACTIVITY, type Activity } from './activities';
import { changed, servicePrincipalTarget, target, type TargetResource } from './targets';

type Assignment = Json & { id: string; principalId: string; principalType: string; appRoleId?: unknown };

/**
 * An app role assignment's audit entry as Entra writes it: the service principal and the user or group as targets,
 * the assignment's facts as modified properties (new values when added, old values when removed).
 */
export function assignmentAudit(
  tenant: Tenant,
  sp: ServicePrincipalRecord,
  a: Assignment,
  added: boolean,
): { activity: Activity; targets: TargetResource[] } {
  const user = a.principalType === 'User' ? tenant.users.get(a.principalId) : undefined;
  const group = a.principalType === 'Group' ? tenant.groups.get(a.principalId) : undefined;
  const role = (sp.data.appRoles as { id: string; value?: string; displayName?: string }[]).find(
    (r) => r.id === a.appRoleId,
  );
  const facts: [string, unknown][] = [
    ['AppRole.Id', a.appRoleId],
    ['AppRole.Value', role?.value ?? null],
    ['AppRole.DisplayName', role?.displayName ?? null],
    ['AppRoleAssignment.CreatedDateTime', a.createdDateTime ?? null],
    ['AppRoleAssignment.Id', a.id],
    ...(group
      ? ([
          ['Group.ObjectID', group.data.id],
          ['Group.DisplayName', group.data.displayName],
        ] as [string, unknown][])
      : ([
          ['User.ObjectID', a.principalId],
          ['User.UPN', user?.data.userPrincipalName ?? null],
        ] as [string, unknown][])),
    ['ServicePrincipal.ObjectID', sp.data.id],
    ['ServicePrincipal.DisplayName', sp.data.displayName],
    ['ServicePrincipal.AppId', sp.data.appId],
  ];
  const modified = facts.map(([name, value]) => (added ? changed(name, null, value) : changed(name, value, null)));
  const principal = group
    ? target('Group', group.data.id, group.data.displayName, [], { groupType: 'azureAD' })
    : target('User', a.principalId, user?.data.displayName ?? null, [], {
        userPrincipalName: user?.data.userPrincipalName,
      });
  const activity = group
    ? added
      ? ACTIVITY.assignGroup
      : ACTIVITY.unassignGroup
    : added
      ? ACTIVITY.assignUser
      : ACTIVITY.unassignUser;
  return { activity, targets: [servicePrincipalTarget(sp, modified), principal] };
}
