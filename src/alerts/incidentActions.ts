import { CodedError, ErrorCode } from '../errors';
import { AZURE2AZURE_TEMPLATE } from '../graph/constants';
import type { GraphGateway } from '../graph/gateway';
import type { Page, ProvisioningLogEntry } from '../domain';
import type { Incident } from './types';

export type IncidentGateway = Pick<GraphGateway, 'listJobs' | 'restartJob' | 'listProvisioningLogs'>;

type IncidentRef = Pick<Incident, 'id' | 'servicePrincipalId' | 'configurationName' | 'openedAt'>;

/** Failures are looked for from this long before the incident opened (the first failures opened it). */
const LOOK_BACK_MS = 3_600_000;

/** What an admin does from an alert card, on the incident's configuration as Graph has it now. */
export interface IncidentActions {
  /** The portal's "Restart provisioning" on the configuration's sync job; StaleAction when it has no job any more. */
  restartProvisioning(incident: IncidentRef): Promise<{ jobId: string }>;
  /** The newest failed provisioning log entries of the configuration since an hour before the incident opened. */
  recentFailures(incident: IncidentRef, top: number): Promise<{ since: Date; page: Page<ProvisioningLogEntry> }>;
}

export function incidentActions(gateway: IncidentGateway): IncidentActions {
  return {
    async restartProvisioning(incident) {
      const jobs = await gateway.listJobs(incident.servicePrincipalId);
      const job = jobs.find((j) => j.templateId === AZURE2AZURE_TEMPLATE) ?? jobs[0];
      if (!job)
        throw new CodedError(ErrorCode.StaleAction, `${incident.configurationName} has no provisioning job any more.`, {
          incident: incident.id,
        });
      await gateway.restartJob(incident.servicePrincipalId, job.id);
      return { jobId: job.id };
    },
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
