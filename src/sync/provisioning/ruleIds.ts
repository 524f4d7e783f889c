import { CodedError, ErrorCode } from '../../errors';
import type { GraphGateway } from '../../graph/gateway';

/**
 * The USER_INBOUND_USER rule id of each job, read once from the job schema: every provision on
 * demand needs it, and it only changes when the schema is replaced. Failures are not cached.
 */
export function createRuleIdCache(gateway: Pick<GraphGateway, 'getUserRuleId'>): (servicePrincipalId: string, jobId: string) => Promise<string> {
  const cache = new Map<string, Promise<string>>();
  return (servicePrincipalId, jobId) => {
    const key = `${servicePrincipalId}/${jobId}`;
    let found = cache.get(key);
    if (!found) {
      found = gateway.getUserRuleId(servicePrincipalId, jobId).then((ruleId) => {
        if (!ruleId) {
          throw new CodedError(ErrorCode.BotMisconfigured, 'The job schema has no user provisioning rule (USER_INBOUND_USER), so users cannot be provisioned on demand.', { servicePrincipalId, jobId });
        }
        return ruleId;
      });
      cache.set(key, found);
      found.catch(() => cache.delete(key));
    }
    return found;
  };
}
