import type { BotAdapter, ConversationReference, TurnContext } from 'botbuilder';
import { ConversationGoneError } from '../../alerts/notifier';
import type { Subscription } from '../../alerts/types';
import type { Logger } from '../../logging';
import { assertTeamsReference } from './teamsReference';

/**
 * Runs logic in a subscribed conversation through the Bot Connector. The app id is '' without a bot identity (local
 * mode): continueConversationAsync(undefined, …) would throw. 403 and 404 from the connector (bot removed,
 * BotNotInConversationRoster, conversation gone) become ConversationGoneError, which retires the subscription.
 */
export function inSubscribedConversation(options: {
  adapter: BotAdapter;
  appId: string;
  logger: Logger;
  /** What is sent, for the log line ("alert", "change card"). */
  what: string;
}) {
  const { adapter, appId, logger, what } = options;
  return async <T>(subscription: Subscription, logic: (ctx: TurnContext) => Promise<T>): Promise<T> => {
    let result: T | undefined;
    const reference = subscription.reference as Partial<ConversationReference>;
    try {
      // A stored reference that is not Teams is never used (only a loopback connector without a bot identity).
      assertTeamsReference(reference, { allowLoopback: !appId });
    } catch (error) {
      logger.warn(
        { err: error, subscription: subscription.id },
        `${what} not sent: the stored conversation is not Teams`,
      );
      // Retires the subscription: it will never be a Teams conversation.
      throw new ConversationGoneError(403, error instanceof Error ? error.message : String(error));
    }
    try {
      await adapter.continueConversationAsync(appId, reference, async (ctx) => {
        result = await logic(ctx);
      });
    } catch (error) {
      const status = statusOf(error);
      if (status === 403 || status === 404)
        throw new ConversationGoneError(status, error instanceof Error ? error.message : String(error));
      throw error;
    }
    return result as T;
  };
}

/** The HTTP status of a Bot Connector failure (botframework-connector's RestError and fetch-style errors). */
function statusOf(error: unknown): number | undefined {
  const e = error as { statusCode?: unknown; status?: unknown; response?: { status?: unknown } } | undefined;
  const status = e?.statusCode ?? e?.status ?? e?.response?.status;
  return typeof status === 'number' ? status : undefined;
}
