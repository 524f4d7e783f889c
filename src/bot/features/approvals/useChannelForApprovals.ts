import { z } from 'zod';
import { verifiedActor } from '../../access';
import { defineOperation } from '../../operations/operation';
import { addressName, conversationAddress } from '../../shared/changeRequests/address';
import { tenantOf } from '../../turn/context';
import type { ApprovalsServices } from './services';

/** "use this channel for approvals": approval cards are posted here from now on. */
export const useChannelForApprovals = defineOperation<ApprovalsServices>()({
  name: 'useChannelForApprovals',
  title: 'Use this channel for approvals',
  role: 'approver',
  command: {
    description:
      'Makes this channel (or chat) the place where approval cards are posted. ' +
      'Until one is chosen, a card goes to the conversation the request came from.',
    parameters: z.object({}),
    examples: ['use this channel for approvals'],
    patterns: [
      /^(?:use|make|set) (?:this|the current) (?:channel|chat|conversation) (?:for|as the) approvals?(?: channel)?$/i,
      /^approvals? (?:go )?here$/i,
    ],
    run:
      ({ service }) =>
      async ({ context, log }) => {
        const address = conversationAddress(context);
        await service.store.setApprovalsChannel(tenantOf(context) ?? '-', address, verifiedActor(context).id);
        log.info({ conversationType: context.activity.conversation?.conversationType }, 'approvals conversation set');
        const where = addressName(address).replace('this chat', 'this chat with me');
        await context.sendActivity(`Approval requests will be posted in ${where} from now on.`);
      },
  },
});
