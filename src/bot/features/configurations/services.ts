import type { ConfigurationCatalog } from '../../../sync/catalog';

/** What the configuration list and details need. */
export interface ConfigurationsServices {
  catalog: ConfigurationCatalog;
  /** Card verbs that have a route: cards offer only these buttons. */
  verbs: ReadonlySet<string>;
}
