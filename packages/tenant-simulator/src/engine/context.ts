import type { SimulatorState, Tenant } from '../store/tenant';
import type { JobRecord, ServicePrincipalRecord } from '../store/types';
import { checkSyncPolicies } from '../sync/policyCheck';
import { secret } from '../sync/secrets';
import { userObjectMapping } from './mappings';
import { TargetIndex } from './matching';
import type { JobContext } from './types';

/** Everything one cycle or on-demand call needs about a configuration, read once. */
export function jobContext(
  sim: SimulatorState,
  source: Tenant,
  sp: ServicePrincipalRecord,
  job: JobRecord,
): JobContext {
  const targetTenantId = secret(sp.synchronization?.secrets ?? [], 'CompanyId');
  const target = targetTenantId ? sim.get(targetTenantId) : undefined;
  return {
    sim,
    source,
    sp,
    job,
    targetTenantId,
    target,
    mapping: userObjectMapping(job.schema),
    targetIndex: target ? new TargetIndex(target) : undefined,
    policy: targetTenantId
      ? checkSyncPolicies(sim, source, targetTenantId)
      : {
          side: 'source',
          setting: 'targetTenant',
          message: 'The configuration has no target tenant (secret CompanyId).',
        },
  };
}
