import type { GraphGateway } from '../graph/gateway';
import type { Page, ProvisioningLogEntry } from '../domain';
import type { Incident } from './types';

export type IncidentGateway = Pick<GraphGateway, 'listProvisioningLogs'>;

type IncidentRef = Pick<Incident, 'id' | 'servicePrincipalId' | 'configurationName' | 'openedAt'>;

/** Failures are looked for from this long before the incident opened (the first failures opened it). */
const LOOK_BACK_MS = 3_600_000;

/** What an admin reads from an alert card, on the incident's configuration as Graph has it now. */
export interface IncidentActions {
  /** The newest failed provisioning log entries of the configuration since an hour before the incident opened. */
  recentFailures(incident: IncidentRef, top: number): Promise<{ since: Date; page: Page<ProvisioningLogEntry> }>;
}

export function incidentActions(gateway: IncidentGateway): IncidentActions {
  return {
    async recentFailures(incident, top) {
      const since = new Date(Date.parse(incident.openedAt) - LOOK_BACK_MS);
      const page = await gateway.listProvisioningLogs({
        servicePrincipalId: incident.servicePrincipalId,
        status: 'failure',
        since,
        top,
      });
      return { since, page };
    },
  };
}
