import { CodedError } from '../../errors';
import type { GraphGateway } from '../../graph/gateway';
import type { Page, ProvisioningLogEntry } from '../../domain';
import type { EntriesRequest, EntriesResult, MonitorSource } from './source';

const PAGE = 500;

/**
 * The monitor's reads over the Graph gateway: configurations with their jobs, and per
 * configuration only the entries since its watermark (server-side filter on the service
 * principal and activityDateTime), first pages batched 20 to a round trip.
 */
export function graphSource(
  gateway: Pick<GraphGateway, 'listConfigurationJobs' | 'listProvisioningLogsOfEach' | 'nextProvisioningLogs'>,
): MonitorSource {
  return {
    async configurations() {
      return (await gateway.listConfigurationJobs()).map((c) => ({
        servicePrincipalId: c.servicePrincipalId,
        displayName: c.displayName,
        job: c.job,
      }));
    },
    async newEntries(requests) {
      const results = new Map<string, EntriesResult>();
      if (requests.length === 0) return results;
      const firsts = await gateway.listProvisioningLogsOfEach(
        requests.map((r) => ({
          servicePrincipalId: r.servicePrincipalId,
          since: r.since,
          top: Math.min(PAGE, r.max + r.skipIds.length),
        })),
      );
      await Promise.all(
        requests.map(async (request, i) => {
          const first = firsts[i];
          if (first instanceof CodedError) return results.set(request.servicePrincipalId, { ok: false, error: first });
          try {
            results.set(request.servicePrincipalId, await rest(gateway, request, first));
          } catch (error) {
            results.set(request.servicePrincipalId, { ok: false, error });
          }
        }),
      );
      return results;
    },
  };
}

/** Follows next pages until the listing ends or `max` new entries were read. */
async function rest(
  gateway: Pick<GraphGateway, 'nextProvisioningLogs'>,
  request: EntriesRequest,
  first: Page<ProvisioningLogEntry>,
): Promise<EntriesResult> {
  const skip = new Set(request.skipIds);
  const entries: ProvisioningLogEntry[] = [];
  let page: Page<ProvisioningLogEntry> | undefined = first;
  while (page) {
    for (const entry of page.items) if (!skip.has(entry.id)) entries.push(entry);
    if (entries.length >= request.max) return { ok: true, entries: entries.slice(0, request.max), truncated: true };
    page = page.next ? await gateway.nextProvisioningLogs(page.next) : undefined;
  }
  return { ok: true, entries, truncated: false };
}
