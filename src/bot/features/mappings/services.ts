import type { SyncConfiguration } from '../../../domain';
import type { ConfigurationCatalog } from '../../../sync/catalog';
import type { MappingsView } from '../../../sync/mappings/mappingView';

/** What the mappings operations need. */
export interface MappingsServices {
  catalog: ConfigurationCatalog;
  /** The configuration's mappings, scoping filters and warnings; undefined without a job or user mapping. */
  mappingsOf(config: SyncConfiguration): Promise<MappingsView | undefined>;
  verbs: ReadonlySet<string>;
}
