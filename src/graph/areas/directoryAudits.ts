import type { DirectoryAuditEntry, Page } from '../../domain';
import type { GraphGateway } from '../gateway';
import type { GraphHttp } from '../http/graphHttp';
import { toDirectoryAudit } from '../mapping/directoryAuditMapper';
import { checkedCursor } from '../odata/cursor';
import { dateTimeLiteral } from '../odata/literals';
import { withQuery } from '../odata/query';
import type { WireDirectoryAudit } from '../wire/audit';

const AUDITS = '/auditLogs/directoryAudits';
// List directoryAudits serves at most 1,000 a page.
const PAGE_MAX = 1000;

type DirectoryAuditArea = Pick<GraphGateway, 'readDirectoryAudits' | 'nextDirectoryAudits'>;

/**
 * The tenant's directory audit log since a watermark, oldest first: activityDateTime documents ge and $orderby, so
 * "at or after since" is sent as it is. Each page is one plain request under /auditLogs/, so it takes a slot of the
 * tenant's reports budget like the provisioning-log reads (never batched).
 */
export function directoryAuditArea(http: GraphHttp): DirectoryAuditArea {
  const auditPage = async (path: string): Promise<Page<DirectoryAuditEntry>> => {
    const page = await http.page<WireDirectoryAudit>(path);
    return { items: page.items.map(toDirectoryAudit), next: page.next };
  };
  return {
    readDirectoryAudits: (since, top) =>
      auditPage(
        withQuery(AUDITS, {
          filter: `activityDateTime ge ${dateTimeLiteral(since)}`,
          orderby: 'activityDateTime asc',
          top: Math.min(PAGE_MAX, Math.max(1, top)),
        }),
      ),
    nextDirectoryAudits: async (cursor) => auditPage(checkedCursor(cursor, AUDITS)),
  };
}
