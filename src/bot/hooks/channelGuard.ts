import type { TurnContext } from 'botbuilder';
import type { Logger } from '../../logging';
import { turnLogger } from '../turn/logger';
import { ChannelPolicy, channelRefusal } from '../turn/teamsChannel';
import { rememberChannelPolicy } from '../turn/teamsReference';

/**
 * beforeTurn, first of all: only Microsoft Teams activities go further. A refused activity gets no answer (its
 * serviceUrl is not one to send anything to) and one log line. The sender's Entra object id is made lower case here,
 * so every later comparison (roles, requester, approvers) sees one spelling of it.
 */
export function channelGuardHook(policy: ChannelPolicy, logger: Logger) {
  return async (ctx: TurnContext): Promise<boolean> => {
    const a = ctx.activity;
    const reason = channelRefusal(a, policy);
    if (reason) {
      turnLogger(ctx, logger).warn(
        {
          code: 'ForeignChannel',
          channelId: a.channelId,
          serviceUrl: String(a.serviceUrl ?? '').slice(0, 200),
          reason,
        },
        'activity refused: not from Microsoft Teams',
      );
      return false;
    }
    rememberChannelPolicy(ctx, policy);
    if (a.from?.aadObjectId) a.from.aadObjectId = a.from.aadObjectId.toLowerCase();
    return true;
  };
}
