import type { GraphGateway } from '../../graph/gateway';
import { asBackgroundWork } from '../../graphWaits';
import type { Page, ProvisioningLogEntry } from '../../domain';
import type { MonitorSource } from './source';

/** Graph's page size for the stream (the tutorial's $top). */
const PAGE = 500;

/**
 * The monitor's reads over the Graph gateway: configurations with their jobs, and one tenant-wide provisioning-log
 * stream per poll (activityDateTime gt the watermark, oldest first, paged) instead of one query per configuration:
 * the reports limit (5 requests per 10 s per app per tenant) is shared with people, so the monitor spends at most
 * maxRequests of it per poll, and waits behind people for each (background work).
 */
export function graphSource(
  gateway: Pick<GraphGateway, 'listConfigurationJobs' | 'readProvisioningStream' | 'nextProvisioningLogs'>,
): MonitorSource {
  return {
    async configurations() {
      return (await gateway.listConfigurationJobs()).map((c) => ({
        servicePrincipalId: c.servicePrincipalId,
        displayName: c.displayName,
        job: c.job,
      }));
    },
    newEntries: (cursor, maxRequests) =>
      asBackgroundWork(async () => {
        const skip = new Set(cursor.boundaryIds);
        const entries: ProvisioningLogEntry[] = [];
        let page: Page<ProvisioningLogEntry> = await gateway.readProvisioningStream(new Date(cursor.watermark), PAGE);
        let requests = 1;
        for (;;) {
          for (const entry of page.items) if (!skip.has(entry.id)) entries.push(entry);
          if (!page.next) return { entries, truncated: false, requests };
          if (requests >= maxRequests) return { entries, truncated: true, requests };
          page = await gateway.nextProvisioningLogs(page.next);
          requests++;
        }
      }),
  };
}
