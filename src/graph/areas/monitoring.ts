import type { Page, ProvisioningLogEntry, SyncConfiguration } from '../../domain';
import { CROSS_TENANT_SYNC_TEMPLATE_ID } from '../constants';
import type { GraphGateway } from '../gateway';
import type { Batcher, BatchOutcome } from '../http/batch';
import type { GraphHttp } from '../http/graphHttp';
import { toSyncConfiguration } from '../mapping/configurationMapper';
import { toLogEntry } from '../mapping/provisioningLogMapper';
import { quoted } from '../odata/literals';
import { provisioningLogFilter } from '../odata/logFilter';
import { segment, withQuery } from '../odata/query';
import type { WireProvisioningLog } from '../wire/provisioning';
import type { WireServicePrincipal } from '../wire/directory';
import type { WireSyncJob } from '../wire/synchronization';

type MonitoringArea = Pick<GraphGateway, 'listConfigurationJobs' | 'readProvisioningStream'>;

/** The $top of the tutorial's log reads. */
const STREAM_PAGE_MAX = 500;

/**
 * Reads for the alert monitor, sized for hundreds of configurations: the job of each configuration in $batch round
 * trips of 20 (no secrets), and the tenant's provisioning-log stream, oldest first so a reader that stops early
 * continues where it stopped. Follow-up pages go through nextProvisioningLogs.
 */
export function monitoringArea(http: GraphHttp, batch: Batcher): MonitoringArea {
  return {
    async listConfigurationJobs(): Promise<SyncConfiguration[]> {
      const filter = `applicationTemplateId eq ${quoted(CROSS_TENANT_SYNC_TEMPLATE_ID)}`;
      const sps = await http.all<WireServicePrincipal>(
        withQuery('/servicePrincipals', { filter, select: ['id', 'appId', 'displayName', 'appRoles'] }),
      );
      if (sps.length === 0) return [];
      const outcomes = await batch(
        sps.map((sp) => ({ method: 'GET', url: `/servicePrincipals/${segment(sp.id)}/synchronization/jobs` })),
      );
      return sps.map((sp, i) => toSyncConfiguration(sp, jobsOf(outcomes[i]), undefined));
    },
    async readProvisioningStream(since: Date, top: number): Promise<Page<ProvisioningLogEntry>> {
      const page = await http.page<WireProvisioningLog>(
        withQuery('/auditLogs/provisioning', {
          filter: provisioningLogFilter({ since }),
          orderby: 'activityDateTime asc',
          top: Math.min(STREAM_PAGE_MAX, Math.max(1, top)),
        }),
      );
      return { items: page.items.map(toLogEntry), next: page.next };
    },
  };
}

/** A configuration deleted between the two reads answers 404: it simply has no job. */
function jobsOf(outcome: BatchOutcome): WireSyncJob[] | undefined {
  if (outcome.ok) return (outcome.body as { value?: WireSyncJob[] }).value;
  if (outcome.error.details.status === 404) return undefined;
  throw outcome.error;
}
