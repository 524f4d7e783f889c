import type { Ctx } from '../http/types';
import type { JobRecord, ServicePrincipalRecord } from '../store/types';
import type { Activity } from './activities';
import { recordAudit } from './record';
import { type ModifiedProperty, servicePrincipalTarget } from './targets';

/**
 * A write to a configuration's synchronization (job, schema, secrets): the configuration's service principal is the
 * target, so "targetResources/any(t: t/id eq '<servicePrincipalId>')" finds every change to one configuration.
 */
export function recordSyncAudit(
  ctx: Ctx,
  activity: Activity,
  sp: ServicePrincipalRecord,
  job: JobRecord | undefined,
  modified: ModifiedProperty[] = [],
): void {
  const details = job
    ? [
        { key: 'JobId', value: job.id },
        { key: 'TemplateId', value: job.templateId },
      ]
    : [];
  recordAudit(ctx, activity, [servicePrincipalTarget(sp, modified)], details);
}
