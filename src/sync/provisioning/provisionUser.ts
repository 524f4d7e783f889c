import { CodedError, ErrorCode, isCoded } from '../../errors';
import type { GraphGateway } from '../../graph/gateway';
import type { ActingUser, DirectoryUser, ProvisioningOutcome, SyncConfiguration } from '../../domain';
import type { RateLimiter } from './rateLimiter';

/** What a caller hears while one user is provisioned, so a card can show it. */
export type ProvisionProgress =
  { stage: 'waiting'; reason: 'rateLimit' | 'throttled'; waitMs: number } | { stage: 'calling' };

export interface ProvisionerOptions {
  gateway: Pick<GraphGateway, 'provisionOnDemand'>;
  /** The gateway provisioning is asked through for its person (src/graph/writesFor.ts); `gateway` by default. */
  writes?: (by: ActingUser | undefined) => Pick<GraphGateway, 'provisionOnDemand'>;
  ruleId: (servicePrincipalId: string, jobId: string) => Promise<string>;
  limiter: RateLimiter;
  /**
   * Longest total wait on Graph's 429s before giving up (the request should not fail for a few seconds of throttling).
   */
  maxThrottleWaitMs?: number;
}

export type Provision = (
  config: SyncConfiguration,
  user: DirectoryUser,
  onProgress?: (p: ProvisionProgress) => void,
  /** Whose token provisioning is asked with (GRAPH_WRITES=user). */
  by?: ActingUser,
) => Promise<ProvisioningOutcome>;

/**
 * Provision on demand for one user: the job's rule id, the per-job rate limit (5 per 10 s), and
 * Graph's own 429s waited out with Retry-After, so a burst of users never fails for throttling.
 */
export function createProvisioner(options: ProvisionerOptions): Provision {
  const maxWait = options.maxThrottleWaitMs ?? 120_000;
  const writes = options.writes ?? (() => options.gateway);
  return async (config, user, onProgress, by) => {
    const gateway = writes(by);
    const job = config.job;
    if (!job)
      throw new CodedError(
        ErrorCode.InvalidInput,
        `${config.displayName} has no provisioning job yet, so nobody can be provisioned with it.`,
        { configurationId: config.servicePrincipalId },
      );
    const ruleId = await options.ruleId(config.servicePrincipalId, job.id);
    const key = `${config.servicePrincipalId}/${job.id}`;
    let waited = 0;
    let throttled = false;
    for (;;) {
      try {
        const outcomes = await options.limiter.run(
          key,
          () => {
            onProgress?.({ stage: 'calling' });
            return gateway.provisionOnDemand(config.servicePrincipalId, job.id, {
              ruleId,
              subjects: [{ objectId: user.id, objectTypeName: 'User' }],
            });
          },
          (waitMs) => onProgress?.({ stage: 'waiting', reason: throttled ? 'throttled' : 'rateLimit', waitMs }),
        );
        const outcome = outcomes.find((o) => o.sourceId?.toLowerCase() === user.id.toLowerCase()) ?? outcomes[0];
        if (!outcome)
          throw new CodedError(
            ErrorCode.GraphUnexpected,
            'Provision on demand answered without a result for the user.',
            { userId: user.id },
          );
        return outcome;
      } catch (error) {
        if (!isCoded(error, ErrorCode.GraphThrottled)) throw error;
        const waitMs = Math.max(1, error.details.retryAfterSeconds ?? 2) * 1000;
        if (waited + waitMs > maxWait) throw error;
        waited += waitMs;
        throttled = true;
        // The job's lane waits it out, so other users queued on the same job do not draw a 429 as well.
        options.limiter.holdOff(key, waitMs);
      }
    }
  };
}
