import type { CodedError } from '../../errors';
import type { ScopeAssignment } from '../../domain';
import type { GraphGateway } from '../gateway';
import type { BatchItem, Batcher } from '../http/batch';
import { collectionOf, settle } from '../http/batchReads';
import type { GraphHttp } from '../http/graphHttp';
import { toAssignment } from '../mapping/directoryMapper';
import { segment } from '../odata/query';
import type { WireAppRoleAssignment } from '../wire/directory';

type AssignmentArea = Pick<
  GraphGateway,
  'listAssignments' | 'listAssignmentsOfEach' | 'addAssignment' | 'removeAssignment'
>;

export function assignmentArea(http: GraphHttp, batch: Batcher): AssignmentArea {
  const assigned = (spId: string) => `/servicePrincipals/${segment(spId)}/appRoleAssignedTo`;
  return {
    async listAssignments(spId) {
      return (await http.all<WireAppRoleAssignment>(assigned(spId))).map(toAssignment);
    },
    async listAssignmentsOfEach(spIds): Promise<Array<ScopeAssignment[] | CodedError>> {
      const items = spIds.map((spId): BatchItem => ({ method: 'GET', url: assigned(spId) }));
      const outcomes = await batch(items);
      return Promise.all(
        outcomes.map((outcome, i) =>
          settle(items[i], async () => (await collectionOf<WireAppRoleAssignment>(http, outcome)).map(toAssignment)),
        ),
      );
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
