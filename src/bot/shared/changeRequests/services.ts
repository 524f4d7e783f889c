import type { ApprovalService } from '../../../approvals/service';
import type { ConfigurationCatalog } from '../../../sync/catalog';

/** What a change request needs to be previewed: the approvals service drafts it with its impact. */
export interface ChangeRequestServices {
  catalog: ConfigurationCatalog;
  service: Pick<ApprovalService, 'preview' | 'policy'>;
}
