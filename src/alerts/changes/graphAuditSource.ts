import type { DirectoryAuditEntry, Page } from '../../domain';
import type { GraphGateway } from '../../graph/gateway';
import { asBackgroundWork } from '../../graphWaits';
import type { AuditSource, AuditTenant } from './auditSource';

type AuditGateway = Pick<GraphGateway, 'readDirectoryAudits' | 'nextDirectoryAudits'>;

/** Graph's page size for the audit log (the most List directoryAudits serves). */
const PAGE = 1000;

/**
 * Change watch's reads over each tenant's gateway: one audit-log stream per tenant per poll (activityDateTime ge the
 * watermark, oldest first), at most maxRequests pages, as background work behind people in the reports budget.
 */
export function graphAuditSource(tenants: ReadonlyArray<AuditTenant & { gateway: AuditGateway }>): AuditSource {
  const byId = new Map(tenants.map((t) => [t.tenantId.toLowerCase(), t]));
  return {
    tenants: () => tenants.map(({ gateway: _gateway, ...tenant }) => tenant),
    newEntries: (tenantId, cursor, maxRequests) =>
      asBackgroundWork(async () => {
        const tenant = byId.get(tenantId.toLowerCase());
        if (!tenant) throw new Error(`no audit-log reader for tenant ${tenantId}`);
        const skip = new Set(cursor.boundaryIds);
        const entries: DirectoryAuditEntry[] = [];
        let page: Page<DirectoryAuditEntry> = await tenant.gateway.readDirectoryAudits(
          new Date(cursor.watermark),
          PAGE,
        );
        let requests = 1;
        for (;;) {
          for (const entry of page.items) if (!skip.has(entry.id)) entries.push(entry);
          if (!page.next) return { entries, truncated: false, requests };
          if (requests >= maxRequests) return { entries, truncated: true, requests };
          page = await tenant.gateway.nextDirectoryAudits(page.next);
          requests++;
        }
      }),
  };
}
