import { untilReplicated } from '../http/untilReplicated';
import type { SyncConfiguration } from '../../domain';
import type { JobSchemaCache } from '../cache/jobSchemaCache';
import { CROSS_TENANT_SYNC_TEMPLATE_ID } from '../constants';
import type { GraphGateway } from '../gateway';
import type { BatchItem, BatchOutcome, Batcher } from '../http/batch';
import type { GraphHttp } from '../http/graphHttp';
import { toInstantiated, toSyncConfiguration, WireInstantiated } from '../mapping/configurationMapper';
import { quoted } from '../odata/literals';
import { segment, withQuery } from '../odata/query';
import type { WireServicePrincipal } from '../wire/directory';
import type { WireSecret, WireSyncJob } from '../wire/synchronization';

const SP_FIELDS = ['id', 'appId', 'displayName', 'appRoles', 'applicationTemplateId'];

type ConfigurationArea = Pick<
  GraphGateway,
  | 'listConfigurations'
  | 'checkAccess'
  | 'getConfiguration'
  | 'instantiateConfiguration'
  | 'deleteServicePrincipal'
  | 'deleteApplication'
  | 'findApplicationByAppId'
>;

/**
 * Listing N configurations costs one service-principal query plus $batch round trips of 20
 * (jobs and secrets of each), sent in parallel: three round trips for up to ten configurations,
 * whatever N is below that, instead of 1 + 2N.
 */
export function configurationArea(http: GraphHttp, batch: Batcher, schemas: JobSchemaCache): ConfigurationArea {
  const sync = (spId: string) => `/servicePrincipals/${segment(spId)}/synchronization`;
  const jobsOf = (spId: string): BatchItem => ({ method: 'GET', url: `${sync(spId)}/jobs` });
  const secretsOf = (spId: string): BatchItem => ({ method: 'GET', url: `${sync(spId)}/secrets` });

  const filter = `applicationTemplateId eq ${quoted(CROSS_TENANT_SYNC_TEMPLATE_ID)}`;
  return {
    async checkAccess() {
      await http.all(withQuery('/servicePrincipals', { filter, select: ['id'], top: 1 }), undefined, 1);
    },
    async listConfigurations() {
      const sps = await http.all<WireServicePrincipal>(withQuery('/servicePrincipals', { filter, select: SP_FIELDS }));
      if (sps.length === 0) return [];
      const outcomes = await batch([...sps.map((sp) => jobsOf(sp.id)), ...sps.map((sp) => secretsOf(sp.id))]);
      return sps.map((sp, i) =>
        toSyncConfiguration(sp, values<WireSyncJob>(outcomes[i]), values<WireSecret>(outcomes[sps.length + i])),
      );
    },
    async getConfiguration(servicePrincipalId): Promise<SyncConfiguration | undefined> {
      const [sp, jobs, secrets] = await batch([
        { method: 'GET', url: withQuery(`/servicePrincipals/${segment(servicePrincipalId)}`, { select: SP_FIELDS }) },
        jobsOf(servicePrincipalId),
        secretsOf(servicePrincipalId),
      ]);
      if (!sp.ok && sp.error.details.status === 404) return undefined;
      const principal = body<WireServicePrincipal>(sp);
      if (!principal || principal.applicationTemplateId !== CROSS_TENANT_SYNC_TEMPLATE_ID) return undefined;
      return toSyncConfiguration(principal, values<WireSyncJob>(jobs), values<WireSecret>(secrets));
    },
    async instantiateConfiguration(displayName) {
      const created = await http.post<WireInstantiated>(
        `/applicationTemplates/${CROSS_TENANT_SYNC_TEMPLATE_ID}/instantiate`,
        { displayName },
      );
      const instantiated = toInstantiated(created);
      // The new service principal is not found at once (replication); every later step needs it.
      const path = withQuery(`/servicePrincipals/${segment(instantiated.servicePrincipalId)}`, { select: ['id'] });
      await untilReplicated('configuration', async () => (await http.find(path)) !== undefined);
      return instantiated;
    },
    async deleteServicePrincipal(spId) {
      try {
        await http.delete(`/servicePrincipals/${segment(spId)}`);
      } finally {
        schemas.forget(spId);
      }
    },
    deleteApplication: (applicationObjectId) => http.delete(`/applications/${segment(applicationObjectId)}`),
    async findApplicationByAppId(appId) {
      const path = withQuery('/applications', {
        filter: `appId eq ${quoted(appId)}`,
        select: ['id', 'appId', 'displayName'],
      });
      const [found] = await http.all<{ id: string; appId: string; displayName?: string | null }>(path, undefined, 1);
      return found ? { id: found.id, appId: found.appId, displayName: found.displayName ?? undefined } : undefined;
    },
  };
}

/** A batched read: 404 means "none" (deleted meanwhile); any other failure is the caller's error. */
function body<T>(outcome: BatchOutcome): T | undefined {
  if (outcome.ok) return outcome.body as T;
  if (outcome.error.details.status === 404) return undefined;
  throw outcome.error;
}

function values<T>(outcome: BatchOutcome): T[] | undefined {
  return body<{ value?: T[] }>(outcome)?.value;
}
