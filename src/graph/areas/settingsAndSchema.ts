import type { JobSchemaCache } from '../cache/jobSchemaCache';
import type { GraphGateway } from '../gateway';
import type { GraphHttp } from '../http/graphHttp';
import { toSchemaSummary } from '../mapping/schemaMapper';
import { toSecrets, toSyncSettings } from '../mapping/secretsMapper';
import { segment } from '../odata/query';
import type { WireSecret, WireSyncSchema } from '../wire/synchronization';

type SettingsArea = Pick<
  GraphGateway,
  'getSettings' | 'saveSettings' | 'putSecrets' | 'getSchema' | 'putSchema' | 'getMappings' | 'getUserRuleId'
>;

/** Secrets and schema. The mappings and rule id come from the schema cache; getSchema, which writers edit and PUT back, is always read fresh. */
export function settingsArea(http: GraphHttp, schemas: JobSchemaCache): SettingsArea {
  const secrets = (spId: string) => `/servicePrincipals/${segment(spId)}/synchronization/secrets`;
  const schema = (spId: string, jobId: string) =>
    `/servicePrincipals/${segment(spId)}/synchronization/jobs/${segment(jobId)}/schema`;
  const getSchema = (spId: string, jobId: string) => http.get<WireSyncSchema>(schema(spId, jobId));
  const summary = (spId: string, jobId: string) =>
    schemas.get(spId, jobId, async () => toSchemaSummary(await getSchema(spId, jobId)));
  return {
    async getSettings(spId) {
      const body = await http.get<{ value?: WireSecret[] }>(secrets(spId));
      return toSyncSettings(body.value ?? []);
    },
    saveSettings: (spId, settings) => http.put(secrets(spId), { value: toSecrets(settings) }),
    putSecrets: (spId, list) => http.put(secrets(spId), { value: list }),
    getSchema,
    async putSchema(spId, jobId, document) {
      try {
        await http.put(schema(spId, jobId), document);
      } finally {
        // Forgotten after the PUT: a read that ran alongside it may have kept the old schema.
        schemas.forget(spId, jobId);
      }
    },
    async getMappings(spId, jobId) {
      return (await summary(spId, jobId)).mappings;
    },
    async getUserRuleId(spId, jobId) {
      return (await summary(spId, jobId)).ruleId;
    },
  };
}
