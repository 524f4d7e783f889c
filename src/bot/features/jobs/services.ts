import type { ConfigurationCatalog } from '../../../sync/catalog';
import type { JobService } from '../../../sync/jobs/jobService';

/** What the job operations (test connection, start, pause, restart, allow deletes) need. */
export interface JobsServices {
  catalog: ConfigurationCatalog;
  jobs: JobService;
  /** Card verbs that have a route: cards offer only these buttons. */
  verbs: ReadonlySet<string>;
}
