import type { ConfigurationCatalog } from '../../../sync/catalog';
import type { ExplainService } from '../../../sync/explain/explainService';
import type { ProvisioningService } from '../../../sync/provisioning/provisioningService';

/** What the explanations (error codes, what happened to a user) need. */
export interface ExplainServices {
  catalog: ConfigurationCatalog;
  explain: ExplainService;
  /** A user named in chat ("why was Lee Gu skipped") or picked on a "which user?" card. */
  users: Pick<ProvisioningService, 'resolveUser' | 'resolveUserById'>;
  verbs: ReadonlySet<string>;
}
