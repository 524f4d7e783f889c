import { ConversationReference, TurnContext } from 'botbuilder';
import { tenantOf } from '../../turn/context';
import { assertTeamsReference, turnChannelPolicy } from '../../turn/teamsReference';

/** A channel thread's conversation id carries ";messageid=…"; the channel itself is what subscribes. */
function rootConversationId(id: string | undefined): string {
  return (id ?? '-').split(';messageid=')[0];
}

/** The subscription key: one per channel or chat, whichever thread the command came from. */
export function subscriptionKey(ctx: TurnContext): string {
  const a = ctx.activity;
  return `${a.channelId}/${tenantOf(ctx) ?? '-'}/${rootConversationId(a.conversation?.id)}`;
}

/** The reference alerts are sent to: the channel root (a new post), not the thread the command was typed in. */
export function rootReference(ctx: TurnContext): Partial<ConversationReference> {
  const reference = TurnContext.getConversationReference(ctx.activity);
  const conversation = reference.conversation
    ? { ...reference.conversation, id: rootConversationId(reference.conversation.id) }
    : reference.conversation;
  const { activityId: _thread, ...rest } = reference;
  assertTeamsReference(rest, turnChannelPolicy(ctx));
  return { ...rest, conversation } as Partial<ConversationReference>;
}

export function conversationName(ctx: TurnContext): string | undefined {
  const data = ctx.activity.channelData as { channel?: { name?: string }; team?: { name?: string } } | undefined;
  if (data?.channel?.name) return data.team?.name ? `${data.team.name} > ${data.channel.name}` : data.channel.name;
  return ctx.activity.conversation?.name || undefined;
}
