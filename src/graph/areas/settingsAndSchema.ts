import type { MappingValue } from '../../domain';
import type { JobSchemaCache } from '../cache/jobSchemaCache';
import type { GraphGateway } from '../gateway';
import type { GraphHttp } from '../http/graphHttp';
import { constantValue, displayNameValue, showInAddressListValue } from '../../domain/mappingValues';
import { toSchemaSummary, userAttributeMapping } from '../mapping/schemaMapper';
import { toInitialSecrets, toSecrets, toSyncSettings, withChange } from '../mapping/secretsMapper';
import { toWireSource } from '../mapping/sourceMapper';
import { segment } from '../odata/query';
import type { WireAttributeMapping, WireSecret, WireSyncSchema } from '../wire/synchronization';

type SettingsArea = Pick<
  GraphGateway,
  | 'getSettings'
  | 'updateSyncSettings'
  | 'initializeSettings'
  | 'saveSettings'
  | 'getMappings'
  | 'getUserRuleId'
  | 'setUserTypeMapping'
  | 'setShowInAddressList'
  | 'setDisplayNameSuffix'
>;

/**
 * Secrets and schema. The mappings and rule id come from the schema cache; a mapping write reads the schema fresh,
 * changes the one mapping in place and PUTs the whole document back (PUT replaces it), then forgets the cached summary.
 */
export function settingsArea(http: GraphHttp, schemas: JobSchemaCache): SettingsArea {
  const secrets = (spId: string) => `/servicePrincipals/${segment(spId)}/synchronization/secrets`;
  const schema = (spId: string, jobId: string) =>
    `/servicePrincipals/${segment(spId)}/synchronization/jobs/${segment(jobId)}/schema`;
  const getSchema = (spId: string, jobId: string) => http.get<WireSyncSchema>(schema(spId, jobId));
  const summary = (spId: string, jobId: string) =>
    schemas.get(spId, jobId, async () => toSchemaSummary(await getSchema(spId, jobId)));
  const getSettings = async (spId: string) => {
    const body = await http.get<{ value?: WireSecret[] }>(secrets(spId));
    return toSyncSettings(body.value ?? []);
  };
  const writeUserMapping = async (
    spId: string,
    jobId: string,
    targetAttribute: string,
    value: MappingValue,
    flowType?: string,
  ): Promise<boolean> => {
    const document = await getSchema(spId, jobId);
    const mapping: WireAttributeMapping | undefined = userAttributeMapping(document, targetAttribute);
    if (!mapping) return false;
    mapping.source = toWireSource(value);
    if (flowType !== undefined) mapping.flowType = flowType;
    try {
      await http.put(schema(spId, jobId), document);
    } finally {
      // Forgotten after the PUT: a read that ran alongside it may have kept the old schema.
      schemas.forget(spId, jobId);
    }
    return true;
  };
  return {
    getSettings,
    async updateSyncSettings(spId, change) {
      const value = toSecrets(withChange(await getSettings(spId), change));
      await http.put(secrets(spId), { value });
      return toSyncSettings(value);
    },
    initializeSettings: (spId, initial) => http.put(secrets(spId), { value: toInitialSecrets(initial) }),
    saveSettings: (spId, settings) => http.put(secrets(spId), { value: toSecrets(settings) }),
    async getMappings(spId, jobId, options) {
      if (options?.fresh) schemas.forget(spId, jobId);
      return (await summary(spId, jobId)).mappings;
    },
    async getUserRuleId(spId, jobId) {
      return (await summary(spId, jobId)).ruleId;
    },
    setUserTypeMapping: (spId, jobId, userType, applyOnCreationOnly) =>
      writeUserMapping(
        spId,
        jobId,
        'userType',
        constantValue(userType),
        applyOnCreationOnly ? 'ObjectAddOnly' : 'Always',
      ),
    setShowInAddressList: (spId, jobId, show) =>
      writeUserMapping(spId, jobId, 'showInAddressList', showInAddressListValue(show)),
    setDisplayNameSuffix: (spId, jobId, suffix) =>
      writeUserMapping(spId, jobId, 'displayName', displayNameValue(suffix)),
  };
}
