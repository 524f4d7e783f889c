import type { CodedError } from '../../errors';
import type { JobSchemaCache, JobSchemaSummary } from '../cache/jobSchemaCache';
import type { ConfigurationParts, GraphGateway } from '../gateway';
import type { BatchItem, BatchOutcome, Batcher } from '../http/batch';
import { bodyOf, collectionOf, foundBodyOf, settle } from '../http/batchReads';
import type { GraphHttp } from '../http/graphHttp';
import { toAssignment } from '../mapping/directoryMapper';
import { toSyncJob } from '../mapping/jobMapper';
import { toPartnerPolicy } from '../mapping/policyMapper';
import { toSchemaSummary } from '../mapping/schemaMapper';
import { toSyncSettings } from '../mapping/secretsMapper';
import { segment } from '../odata/query';
import type { WireAppRoleAssignment } from '../wire/directory';
import type { WirePartner } from '../wire/policy';
import type { WireSecret, WireSyncJob, WireSyncSchema } from '../wire/synchronization';

type PartsArea = Pick<GraphGateway, 'readConfigurationParts'>;

const get = (url: string): BatchItem => ({ method: 'GET', url });

/**
 * The reads behind "show configuration" are independent once the job id is known (the listing has it),
 * so they go out as one $batch: job, secrets, assignments, partner entry, and the schema unless the
 * schema cache still holds it (what the batch reads, the cache keeps).
 */
export function configurationPartsArea(http: GraphHttp, batch: Batcher, schemas: JobSchemaCache): PartsArea {
  return {
    async readConfigurationParts(spId, { jobId, partnerTenantId }): Promise<ConfigurationParts> {
      const sp = `/servicePrincipals/${segment(spId)}`;
      const job = jobId ? `${sp}/synchronization/jobs/${segment(jobId)}` : undefined;
      const cached = jobId ? schemas.peek(spId, jobId) : undefined;
      const items = {
        job: job ? get(job) : undefined,
        settings: get(`${sp}/synchronization/secrets`),
        assignments: get(`${sp}/appRoleAssignedTo`),
        schema: job ? get(`${job}/schema`) : undefined,
        partner: partnerTenantId
          ? get(`/policies/crossTenantAccessPolicy/partners/${segment(partnerTenantId)}`)
          : undefined,
      };
      const asked = [
        items.job,
        items.settings,
        items.assignments,
        cached ? undefined : items.schema,
        items.partner,
      ].filter((i): i is BatchItem => i !== undefined);
      const answers = batch(asked);
      const answerTo = async (item: BatchItem): Promise<BatchOutcome> => (await answers)[asked.indexOf(item)];

      const schemaItem = items.schema;
      let schema: Promise<JobSchemaSummary> | undefined = cached;
      if (jobId && schemaItem && !schema) {
        schema = answerTo(schemaItem).then((outcome) => toSchemaSummary(bodyOf<WireSyncSchema>(outcome)));
        schemas.remember(spId, jobId, schema);
      }
      const summary = schema;
      const mappingsPart =
        summary && schemaItem ? settle(schemaItem, async () => (await summary).mappings) : Promise.resolve(undefined);
      const optional = <T>(
        item: BatchItem | undefined,
        read: (item: BatchItem) => Promise<T>,
      ): Promise<T | undefined | CodedError> => (item ? settle(item, () => read(item)) : Promise.resolve(undefined));

      const [jobPart, settings, assignments, mappings, partner] = await Promise.all([
        optional(items.job, async (item) => {
          const found = foundBodyOf<WireSyncJob>(await answerTo(item));
          return found ? toSyncJob(found) : undefined;
        }),
        settle(items.settings, async () =>
          toSyncSettings(bodyOf<{ value?: WireSecret[] }>(await answerTo(items.settings)).value ?? []),
        ),
        settle(items.assignments, async () =>
          (await collectionOf<WireAppRoleAssignment>(http, await answerTo(items.assignments))).map(toAssignment),
        ),
        mappingsPart,
        optional(items.partner, async (item) => {
          const found = foundBodyOf<WirePartner>(await answerTo(item));
          return found ? toPartnerPolicy(found) : undefined;
        }),
      ]);
      return { job: jobPart, settings, assignments, mappings, partner };
    },
  };
}
