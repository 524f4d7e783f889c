import type { GraphGateway } from '../gateway';
import type { GraphHttp } from '../http/graphHttp';
import { OnDemandResponse, parseProvisionOnDemand } from '../mapping/onDemandParser';
import { toLogEntry } from '../mapping/provisioningLogMapper';
import { checkedCursor } from '../odata/cursor';
import { provisioningLogFilter } from '../odata/logFilter';
import { segment, withQuery } from '../odata/query';
import type { WireProvisioningLog } from '../wire/provisioning';

const LOGS = '/auditLogs/provisioning';

type ProvisioningArea = Pick<GraphGateway, 'provisionOnDemand' | 'listProvisioningLogs' | 'nextProvisioningLogs'>;

export function provisioningArea(http: GraphHttp): ProvisioningArea {
  const logPage = async (path: string) => {
    const page = await http.page<WireProvisioningLog>(path);
    return { items: page.items.map(toLogEntry), next: page.next };
  };
  return {
    async provisionOnDemand(spId, jobId, request) {
      const path = `/servicePrincipals/${segment(spId)}/synchronization/jobs/${segment(jobId)}/provisionOnDemand`;
      const response = await http.post<OnDemandResponse>(path, {
        parameters: [{ ruleId: request.ruleId, subjects: request.subjects }],
      });
      return parseProvisionOnDemand(response ?? {});
    },
    listProvisioningLogs: (query) =>
      logPage(
        withQuery(LOGS, {
          filter: provisioningLogFilter(query),
          orderby: 'activityDateTime desc',
          top: Math.min(500, Math.max(1, query.top ?? 50)),
        }),
      ),
    nextProvisioningLogs: async (cursor) => logPage(checkedCursor(cursor, LOGS)),
  };
}
