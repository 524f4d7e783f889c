import type { ConversationReference, TurnContext } from 'botbuilder';
import { CodedError, ErrorCode } from '../../errors';
import { ChannelPolicy, channelRefusal } from './teamsChannel';

const POLICY_KEY = Symbol('channelPolicy');

/** Set by the channel guard: which serviceUrls this bot accepts, for references saved during the turn. */
export function rememberChannelPolicy(ctx: TurnContext, policy: ChannelPolicy): void {
  ctx.turnState.set(POLICY_KEY, policy);
}

/** The turn's channel policy; strict (no loopback) when the guard did not run. */
export function turnChannelPolicy(ctx: TurnContext): ChannelPolicy {
  return (ctx.turnState.get(POLICY_KEY) as ChannelPolicy | undefined) ?? { allowLoopback: false };
}

/**
 * Throws ForeignChannel unless `reference` is a Teams conversation. Run when a conversation reference is saved and
 * again before a proactive message uses one: a stored reference outlives the check of the turn that made it
 * (a record written by an older version, or edited in storage, would otherwise send cards anywhere).
 */
export function assertTeamsReference(reference: Partial<ConversationReference>, policy: ChannelPolicy): void {
  const reason = channelRefusal(reference, policy);
  if (!reason) return;
  throw new CodedError(ErrorCode.ForeignChannel, 'That conversation is not a Microsoft Teams conversation.', {
    reason,
    channelId: reference.channelId,
    serviceUrl: String(reference.serviceUrl ?? '').slice(0, 200),
  });
}
