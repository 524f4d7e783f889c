import type { ChangeStore } from '../../../alerts/changes/changeStore';
import type { IncidentStore } from '../../../alerts/incidents/incidentStore';
import type { ApprovalService } from '../../../approvals/service';
import type { ConfigurationCatalog } from '../../../sync/catalog';

/** What the timeline reads: every store that remembers something about a configuration. No Graph beyond the catalog. */
export interface HistoryServices {
  catalog: ConfigurationCatalog;
  changes?: Pick<ChangeStore, 'ofConfiguration'>;
  incidents: Pick<IncidentStore, 'all'>;
  /** The bot's own changes, as change requests (absent when approvals are not running). */
  approvals?: Pick<ApprovalService, 'list'>;
  now: () => Date;
}
