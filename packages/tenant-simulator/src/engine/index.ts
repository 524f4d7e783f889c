import type { Services } from '../http/types';
import { provisionOnDemand } from './onDemand';
import { Scheduler } from './scheduler';
import type { EngineHost } from './settings';

export { Scheduler } from './scheduler';
export type { CycleSummary } from './cycle';

/** The provisioning engine: scheduled cycles, provision on demand, and the hooks the Graph handlers call. */
export function createEngine(host: EngineHost): { scheduler: Scheduler; services: Services } {
  const scheduler = new Scheduler(host);
  const services: Services = {
    provisionOnDemand: (ctx, spId, jobId) => provisionOnDemand(host, ctx, spId, jobId),
    jobStarted: (tenant, spId, jobId) => {
      const job = tenant.servicePrincipals.get(spId)?.synchronization?.jobs.get(jobId);
      if (job) scheduler.reschedule(job);
    },
    jobRestarted: (tenant, spId, jobId) => {
      const job = tenant.servicePrincipals.get(spId)?.synchronization?.jobs.get(jobId);
      if (job) scheduler.reschedule(job);
    },
  };
  return { scheduler, services };
}
