import type { ConfigurationCatalog } from '../../../sync/catalog';
import type { KnowledgeBase } from '../../../sync/knowledge/knowledgeBase';
import type { LogService } from '../../../sync/logs/logService';
import type { ProvisioningService } from '../../../sync/provisioning/provisioningService';

/** What the provisioning log operations need. */
export interface LogsServices {
  catalog: ConfigurationCatalog;
  logs: LogService;
  /** A user named in chat ("logs for Adele Vance") or carried by a button. */
  users: Pick<ProvisioningService, 'resolveUser' | 'resolveUserById'>;
  /** Cause and fix of the error codes an entry shows. */
  knowledge: KnowledgeBase;
  verbs: ReadonlySet<string>;
}
