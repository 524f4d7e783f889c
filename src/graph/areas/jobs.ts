import { untilReplicated } from '../http/untilReplicated';
import { CodedError, ErrorCode } from '../../errors';
import type { CredentialCheck } from '../../domain';
import type { JobSchemaCache } from '../cache/jobSchemaCache';
import { AZURE2AZURE_TEMPLATE } from '../constants';
import type { GraphGateway } from '../gateway';
import type { GraphHttp } from '../http/graphHttp';
import { toSyncJob } from '../mapping/jobMapper';
import { segment } from '../odata/query';
import type { WireSyncJob } from '../wire/synchronization';

type JobArea = Pick<
  GraphGateway,
  | 'listJobs'
  | 'getJob'
  | 'createJob'
  | 'deleteJob'
  | 'startJob'
  | 'pauseJob'
  | 'restartJob'
  | 'validateCredentials'
  | 'validateJobCredentials'
>;

export function jobArea(http: GraphHttp, schemas: JobSchemaCache): JobArea {
  const jobs = (spId: string) => `/servicePrincipals/${segment(spId)}/synchronization/jobs`;
  const job = (spId: string, jobId: string) => `${jobs(spId)}/${segment(jobId)}`;
  return {
    async listJobs(spId) {
      return (await http.all<WireSyncJob>(jobs(spId))).map(toSyncJob);
    },
    async getJob(spId, jobId) {
      const found = await http.find<WireSyncJob>(job(spId, jobId));
      return found ? toSyncJob(found) : undefined;
    },
    async createJob(spId, templateId = AZURE2AZURE_TEMPLATE) {
      // A job made again after a delete can carry the same id: its schema is the template's again.
      schemas.forget(spId);
      const created = await http.post<WireSyncJob>(jobs(spId), { templateId });
      await untilReplicated('provisioning job', async () => (await http.find(job(spId, created.id))) !== undefined);
      return toSyncJob(created);
    },
    async deleteJob(spId, jobId) {
      try {
        await http.delete(job(spId, jobId));
      } finally {
        schemas.forget(spId, jobId);
      }
    },
    startJob: (spId, jobId) => http.post(`${job(spId, jobId)}/start`),
    pauseJob: (spId, jobId) => http.post(`${job(spId, jobId)}/pause`),
    restartJob: (spId, jobId, scope) =>
      // Without criteria Graph does what the portal's "Restart provisioning" does.
      http.post(
        `${job(spId, jobId)}/restart`,
        scope && scope.length > 0 ? { criteria: { resetScope: scope.join(', ') } } : {},
      ),
    validateCredentials: (spId, targetTenantId) =>
      credentialCheck(() =>
        http.post(`${jobs(spId)}/validateCredentials`, {
          useSavedCredentials: false,
          templateId: AZURE2AZURE_TEMPLATE,
          credentials: [
            { key: 'CompanyId', value: targetTenantId },
            { key: 'AuthenticationType', value: 'SyncPolicy' },
          ],
        }),
      ),
    validateJobCredentials: (spId, jobId) =>
      credentialCheck(() => http.post(`${job(spId, jobId)}/validateCredentials`, { useSavedCredentials: true })),
  };
}

/** validateCredentials answers 204 when the connection works and 400 with the failing check when not. */
async function credentialCheck(send: () => Promise<void>): Promise<CredentialCheck> {
  try {
    await send();
    return { ok: true };
  } catch (error) {
    if (error instanceof CodedError && error.code === ErrorCode.GraphBadRequest && error.details.status === 400) {
      return {
        ok: false,
        code: error.details.graphCode ?? 'BadRequest',
        message: String(error.details.graphMessage ?? error.message),
        requestId: error.details.requestId,
      };
    }
    throw error;
  }
}
