import { ConversationReference, TurnContext } from 'botbuilder';
import type { ConversationAddress } from '../../../approvals/model';
import { assertTeamsReference, turnChannelPolicy } from '../../turn/teamsReference';

/**
 * Where to post later: this conversation's reference. In a channel the thread suffix
 * (";messageid=") is dropped, so the card is a new post in the channel, not a reply.
 */
export function conversationAddress(ctx: TurnContext): ConversationAddress {
  const reference = TurnContext.getConversationReference(ctx.activity);
  // Teams names a channel in channelData, not on the conversation; keep it for "the card is in ...".
  const channelName = (ctx.activity.channelData as { channel?: { name?: unknown } } | undefined)?.channel?.name;
  const conversation = reference.conversation
    ? {
        ...reference.conversation,
        id: reference.conversation.id.split(';messageid=')[0],
        name: reference.conversation.name || (typeof channelName === 'string' ? channelName : undefined),
      }
    : undefined;
  const { activityId: _thread, ...rest } = reference;
  assertTeamsReference(rest, turnChannelPolicy(ctx));
  return JSON.parse(JSON.stringify({ ...rest, conversation })) as ConversationAddress;
}

export function asReference(address: ConversationAddress): Partial<ConversationReference> {
  return address as Partial<ConversationReference>;
}

/** A name for the conversation, for "the approval card is in ...". */
export function addressName(address: ConversationAddress | undefined): string {
  const conversation = (address as { conversation?: { conversationType?: string; name?: string } } | undefined)
    ?.conversation;
  if (!conversation) return 'the approvals conversation';
  if (conversation.conversationType === 'channel')
    return conversation.name ? `the channel ${conversation.name}` : 'the approvals channel';
  if (conversation.conversationType === 'personal') return 'this chat';
  return conversation.name ? `the chat ${conversation.name}` : 'this conversation';
}
