import { CodedError, ErrorCode } from '../../errors';
import type { GraphGateway } from '../../graph/gateway';

/**
 * The USER_INBOUND_USER rule id every provision on demand needs, from the job schema (the gateway
 * reuses a job's schema for a while, so this costs one read per job and minute, not one per user).
 * A schema without the rule is the bot's setup problem, said as such.
 */
export function userRuleIds(
  gateway: Pick<GraphGateway, 'getUserRuleId'>,
): (servicePrincipalId: string, jobId: string) => Promise<string> {
  return async (servicePrincipalId, jobId) => {
    const ruleId = await gateway.getUserRuleId(servicePrincipalId, jobId);
    if (!ruleId) {
      throw new CodedError(
        ErrorCode.BotMisconfigured,
        'The job schema has no user provisioning rule (USER_INBOUND_USER), so users cannot be provisioned on demand.',
        { servicePrincipalId, jobId },
      );
    }
    return ruleId;
  };
}
