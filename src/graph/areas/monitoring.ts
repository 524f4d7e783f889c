import type { CodedError } from '../../errors';
import type { LogQuery, Page, ProvisioningLogEntry, SyncConfiguration } from '../../domain';
import { CROSS_TENANT_SYNC_TEMPLATE_ID } from '../constants';
import type { GraphGateway } from '../gateway';
import type { Batcher, BatchOutcome } from '../http/batch';
import { GraphEndpoint, relativeToGraph } from '../http/graphEndpoint';
import type { GraphHttp } from '../http/graphHttp';
import { toSyncConfiguration } from '../mapping/configurationMapper';
import { toLogEntry } from '../mapping/provisioningLogMapper';
import { quoted } from '../odata/literals';
import { provisioningLogFilter } from '../odata/logFilter';
import { segment, withQuery } from '../odata/query';
import type { WireProvisioningLog } from '../wire/provisioning';
import type { WireServicePrincipal } from '../wire/directory';
import type { WireSyncJob } from '../wire/synchronization';

type MonitoringArea = Pick<GraphGateway, 'listConfigurationJobs' | 'listProvisioningLogsOfEach'>;

/**
 * Reads for the alert monitor, sized for hundreds of configurations: the job of each
 * configuration in $batch round trips of 20 (no secrets), and one provisioning-log query per
 * configuration, also batched, oldest first so a reader that stops early continues where it
 * stopped. Follow-up pages go through nextProvisioningLogs.
 */
export function monitoringArea(http: GraphHttp, batch: Batcher, endpoint: GraphEndpoint): MonitoringArea {
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
    async listProvisioningLogsOfEach(queries: LogQuery[]): Promise<Array<Page<ProvisioningLogEntry> | CodedError>> {
      const outcomes = await batch(
        queries.map((query) => ({
          method: 'GET',
          url: withQuery('/auditLogs/provisioning', {
            filter: provisioningLogFilter(query),
            orderby: 'activityDateTime asc',
            top: Math.min(500, Math.max(1, query.top ?? 50)),
          }),
        })),
      );
      return outcomes.map((outcome) => {
        if (!outcome.ok) return outcome.error;
        const body = outcome.body as { value?: WireProvisioningLog[]; '@odata.nextLink'?: string };
        return {
          items: (body.value ?? []).map(toLogEntry),
          next: body['@odata.nextLink'] ? relativeToGraph(endpoint, body['@odata.nextLink']) : undefined,
        };
      });
    },
  };
}

/** A configuration deleted between the two reads answers 404: it simply has no job. */
function jobsOf(outcome: BatchOutcome): WireSyncJob[] | undefined {
  if (outcome.ok) return (outcome.body as { value?: WireSyncJob[] }).value;
  if (outcome.error.details.status === 404) return undefined;
  throw outcome.error;
}
