import type { ConfigurationCatalog } from '../../../sync/catalog';
import type { JobService } from '../../../sync/jobs/jobService';
import type { ChangeRequestServices } from '../../shared/changeRequests/services';

/** What the job operations (test connection, start, pause, restart, allow deletes) need. */
export interface JobsServices {
  catalog: ConfigurationCatalog;
  jobs: JobService;
  /** Card verbs that have a route: cards offer only these buttons. */
  verbs: ReadonlySet<string>;
  /** Allowing held-back deletions is an approval request; undefined when approvals are not running. */
  changeRequests?: ChangeRequestServices;
  /** A restart confirmation is refused after this many hours. */
  confirmationTtlHours: number;
}
