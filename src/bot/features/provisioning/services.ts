import type { ConfigurationCatalog } from '../../../sync/catalog';
import type { KnowledgeBase } from '../../../sync/knowledge/knowledgeBase';
import type { ProvisioningService } from '../../../sync/provisioning/provisioningService';

/** What provisioning users on demand needs. */
export interface ProvisioningServices {
  catalog: ConfigurationCatalog;
  /** Finds users and the configuration whose scope holds them, and provisions on demand. */
  provisioning: ProvisioningService;
  /** Causes and fixes, for users who cannot be provisioned. */
  knowledge: KnowledgeBase;
  /** Card verbs that have a route: cards offer only these buttons. */
  verbs: ReadonlySet<string>;
}
