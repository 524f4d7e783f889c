import { type BotAdapter, type ConversationReference, DeliveryModes, TurnContext } from 'botbuilder';
import { assertTeamsReference, turnChannelPolicy } from '../turn/teamsReference';

/**
 * Runs `work` on a context of its own, made during the turn and valid after it: the same activity (so handlers
 * read the text, the clicked card and the sender as before) and what the turn learned (the verified actor, its
 * logger), sending through a proactive continuation of the conversation (adapter.continueConversationAsync),
 * because the turn's own context is revoked once Teams has its answer. Replies are sent, never buffered: an
 * expectReplies buffer (invokes) is read when the turn ends, which is before this work does.
 */
export function detachTurn(
  adapter: BotAdapter,
  appId: string,
  turn: TurnContext,
): <T>(work: (context: TurnContext) => Promise<T>) => Promise<T> {
  const activity = { ...turn.activity, deliveryMode: DeliveryModes.Normal };
  const inherited = [...turn.turnState.entries()];
  const reference = TurnContext.getConversationReference(turn.activity);
  assertTeamsReference(reference, turnChannelPolicy(turn));
  return async <T>(work: (context: TurnContext) => Promise<T>): Promise<T> => {
    let result: { value: T } | undefined;
    await adapter.continueConversationAsync(appId, reference, async (continuation) => {
      const context = new TurnContext(adapter, activity);
      for (const [key, value] of inherited) context.turnState.set(key, value);
      // The continuation's connector client (and identity) replace the finished turn's.
      for (const [key, value] of continuation.turnState.entries()) context.turnState.set(key, value);
      result = { value: await work(context) };
    });
    if (!result) throw new Error('the conversation could not be continued');
    return result.value;
  };
}

/** A context on a stored conversation (no incoming activity): for telling a card its work was interrupted. */
export async function inConversation(
  adapter: BotAdapter,
  appId: string,
  reference: Partial<ConversationReference>,
  work: (context: TurnContext) => Promise<void>,
): Promise<void> {
  assertTeamsReference(reference, { allowLoopback: !appId });
  await adapter.continueConversationAsync(appId, reference, work);
}
