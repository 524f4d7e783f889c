import { z } from 'zod';
import { verifiedActor } from '../access';
import { addressName, conversationAddress } from '../approvals/address';
import { approvalsOf } from '../approvals/deps';
import { tenantOf } from '../turn/context';
import { turnLogger } from '../turn/logger';
import { defineAction } from './action';

export const useChannelForApprovals = defineAction({
  name: 'useChannelForApprovals',
  title: 'Use this channel for approvals',
  description:
    'Makes this channel (or chat) the place where approval cards are posted. Until one is chosen, a card goes to the conversation the request came from.',
  parameters: z.object({}),
  role: 'approver',
  examples: ['use this channel for approvals'],
  patterns: [
    /^(?:use|make|set) (?:this|the current) (?:channel|chat|conversation) (?:for|as the) approvals?(?: channel)?$/i,
    /^approvals? (?:go )?here$/i,
  ],
  handler: (deps) => async (ctx) => {
    const address = conversationAddress(ctx);
    await approvalsOf(deps).service.store.setApprovalsChannel(tenantOf(ctx) ?? '-', address, verifiedActor(ctx).id);
    turnLogger(ctx, deps.logger).info(
      { conversationType: ctx.activity.conversation?.conversationType },
      'approvals conversation set',
    );
    await ctx.sendActivity(
      `Approval requests will be posted in ${addressName(address).replace('this chat', 'this chat with me')} from now on.`,
    );
    return '';
  },
});
