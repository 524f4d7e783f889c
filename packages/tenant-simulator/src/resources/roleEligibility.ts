import { PERMS } from '../http/permissions';
import type { Route } from '../http/types';
import { queryCollection } from '../odata/query';
import { stableGuid } from '../store/ids';
import type { Json } from '../store/types';

const PROPERTIES = new Set([
  'id',
  'principalid',
  'roledefinitionid',
  'directoryscopeid',
  'appscopeid',
  'startdatetime',
  'enddatetime',
  'membertype',
  'roleeligibilityscheduleid',
]);

/**
 * GET /roleManagement/directory/roleEligibilityScheduleInstances: the roles people are eligible for in PIM and have
 * not activated (the seed's and the control API's `eligibleRoles`), so a client can tell "activate your role in PIM"
 * from "you do not have the role". Built-in roles' roleDefinitionId is their template id.
 */
export const roleEligibilityRoutes: Route[] = [
  {
    method: 'GET',
    template: '/roleManagement/directory/roleEligibilityScheduleInstances',
    perms: PERMS.roleEligibilityRead,
    handler: (ctx) =>
      queryCollection<Json>(ctx, {
        resource: 'UnifiedRoleEligibilityScheduleInstance',
        context: 'roleManagement/directory/roleEligibilityScheduleInstances',
        source: function* () {
          for (const u of ctx.tenant.users.all()) {
            for (const roleDefinitionId of u.meta.eligibleRoleTemplateIds ?? []) {
              const scheduleId = stableGuid(ctx.tenant.name, 'eligibility', u.data.id, roleDefinitionId);
              yield {
                id: scheduleId,
                principalId: u.data.id,
                roleDefinitionId,
                directoryScopeId: '/',
                appScopeId: null,
                startDateTime: '2024-06-01T08:00:00Z',
                endDateTime: null,
                memberType: 'Direct',
                roleEligibilityScheduleId: scheduleId,
              };
            }
          }
        },
        view: (x) => x,
        directory: false,
        filterable: ['principalid', 'roledefinitionid', 'directoryscopeid'],
        properties: { names: PROPERTIES, type: 'unifiedRoleEligibilityScheduleInstance' },
        defaultTop: 100,
        maxTop: 999,
      }),
  },
];
