import type { GraphGateway } from '../gateway';
import type { GraphHttp } from '../http/graphHttp';
import { toAssignment } from '../mapping/directoryMapper';
import { segment } from '../odata/query';
import type { WireAppRoleAssignment } from '../wire/directory';

type AssignmentArea = Pick<GraphGateway, 'listAssignments' | 'addAssignment' | 'removeAssignment'>;

export function assignmentArea(http: GraphHttp): AssignmentArea {
  const assigned = (spId: string) => `/servicePrincipals/${segment(spId)}/appRoleAssignedTo`;
  return {
    async listAssignments(spId) {
      return (await http.all<WireAppRoleAssignment>(assigned(spId))).map(toAssignment);
    },
    async addAssignment(spId, assignment) {
      const created = await http.post<WireAppRoleAssignment>(assigned(spId), {
        principalId: assignment.principalId,
        resourceId: spId,
        appRoleId: assignment.appRoleId,
      });
      return toAssignment(created);
    },
    removeAssignment: (spId, assignmentId) => http.delete(`${assigned(spId)}/${segment(assignmentId)}`),
  };
}
