import { notFound } from '../http/errors';
import type { Ctx } from '../http/types';
import type { JobRecord, ServicePrincipalRecord, SynchronizationRecord } from '../store/types';
import { notYetVisible } from '../strict/replication';
import { findServicePrincipal } from './applications';

export const SP = '/servicePrincipals/{id}/synchronization';

export function syncOf(sp: ServicePrincipalRecord): SynchronizationRecord {
  if (!sp.synchronization) sp.synchronization = { secrets: [], jobs: new Map() };
  return sp.synchronization;
}

export function findJob(ctx: Ctx): { sp: ServicePrincipalRecord; job: JobRecord } {
  const sp = findServicePrincipal(ctx);
  const job = sp.synchronization?.jobs.get(ctx.params.jobId);
  if (!job || notYetVisible(job)) throw notFound(ctx.params.jobId);
  return { sp, job };
}

export function jobsContext(ctx: Ctx, spId: string): string {
  return `${ctx.baseUrl}/$metadata#servicePrincipals('${spId}')/synchronization/jobs`;
}
