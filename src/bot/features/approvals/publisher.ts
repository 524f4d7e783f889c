import type { BotAdapter, TurnContext } from 'botbuilder';
import type { ConversationAddress } from '../../../approvals/model';
import type { AdaptiveCard } from '../../../cards/render';
import type { Logger } from '../../../logging';
import { sendCard, updateCard } from '../../turn/reply';
import { asReference } from '../../shared/changeRequests/address';
import { assertTeamsReference } from '../../turn/teamsReference';

/** Proactive messages for approvals: post the card, update it for everyone, tell the requester. */
export interface ApprovalPublisher {
  post(address: ConversationAddress, card: AdaptiveCard): Promise<string | undefined>;
  update(address: ConversationAddress, activityId: string, card: AdaptiveCard): Promise<void>;
  tell(address: ConversationAddress, text: string): Promise<void>;
}

/**
 * Through the Bot Connector; without a bot identity (local mode) the app id is '', and only then is a loopback
 * connector (the Agents Playground) accepted. A stored address that is not Teams is refused before anything is sent.
 */
export function teamsApprovalPublisher(adapter: BotAdapter, appId: string, log?: Logger): ApprovalPublisher {
  const inConversation = async <T>(
    address: ConversationAddress,
    logic: (ctx: TurnContext) => Promise<T>,
  ): Promise<T> => {
    let result: T | undefined;
    const reference = asReference(address);
    try {
      assertTeamsReference(reference, { allowLoopback: !appId });
    } catch (error) {
      log?.warn({ err: error }, 'approval message not sent: the stored conversation is not Microsoft Teams');
      throw error;
    }
    await adapter.continueConversationAsync(appId, reference, async (ctx) => {
      result = await logic(ctx);
    });
    return result as T;
  };
  return {
    post: (address, card) => inConversation(address, (ctx) => sendCard(ctx, card, log)),
    update: (address, activityId, card) => inConversation(address, (ctx) => updateCard(ctx, activityId, card, log)),
    tell: (address, text) =>
      inConversation(address, async (ctx) => {
        await ctx.sendActivity(text);
      }),
  };
}
