import type { GraphGateway } from '../gateway';
import type { GraphHttp } from '../http/graphHttp';
import { toMappingSet, userRuleId } from '../mapping/schemaMapper';
import { toSecrets, toSyncSettings } from '../mapping/secretsMapper';
import { segment } from '../odata/query';
import type { WireSecret, WireSyncSchema } from '../wire/synchronization';

type SettingsArea = Pick<GraphGateway, 'getSettings' | 'saveSettings' | 'putSecrets' | 'getSchema' | 'putSchema' | 'getMappings' | 'getUserRuleId'>;

export function settingsArea(http: GraphHttp): SettingsArea {
  const secrets = (spId: string) => `/servicePrincipals/${segment(spId)}/synchronization/secrets`;
  const schema = (spId: string, jobId: string) => `/servicePrincipals/${segment(spId)}/synchronization/jobs/${segment(jobId)}/schema`;
  const getSchema = (spId: string, jobId: string) => http.get<WireSyncSchema>(schema(spId, jobId));
  return {
    async getSettings(spId) {
      const body = await http.get<{ value?: WireSecret[] }>(secrets(spId));
      return toSyncSettings(body.value ?? []);
    },
    saveSettings: (spId, settings) => http.put(secrets(spId), { value: toSecrets(settings) }),
    putSecrets: (spId, list) => http.put(secrets(spId), { value: list }),
    getSchema,
    putSchema: (spId, jobId, document) => http.put(schema(spId, jobId), document),
    async getMappings(spId, jobId) {
      return toMappingSet(await getSchema(spId, jobId));
    },
    async getUserRuleId(spId, jobId) {
      return userRuleId(await getSchema(spId, jobId));
    },
  };
}
