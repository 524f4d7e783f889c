import type { BotAdapter, ConversationReference, TurnContext } from 'botbuilder';
import type { DailyDigest } from '../../../alerts/digest/digest';
import type { IncidentChange } from '../../../alerts/incidents/merge';
import { ConversationGoneError, Notifier } from '../../../alerts/notifier';
import type { Incident, Subscription } from '../../../alerts/types';
import { formatTime } from '../../../cards/format';
import type { Logger } from '../../../logging';
import type { KnowledgeBase } from '../../../sync/knowledge/knowledgeBase';
import { sendCard, updateCard } from '../../turn/reply';
import { assertTeamsReference } from '../../turn/teamsReference';
import { alertCard } from './alertCard';
import { digestText } from './digestText';

/**
 * Alerts as proactive messages through the Bot Connector. The app id is '' without a bot
 * identity (local mode): continueConversationAsync(undefined, …) would throw.
 * 403 and 404 from the connector (bot removed, BotNotInConversationRoster, conversation gone)
 * become ConversationGoneError, which retires the subscription.
 */
export function teamsNotifier(options: {
  adapter: BotAdapter;
  appId: string;
  knowledge: KnowledgeBase;
  logger: Logger;
}): Notifier {
  const { adapter, appId, knowledge, logger } = options;
  const inConversation = async <T>(subscription: Subscription, logic: (ctx: TurnContext) => Promise<T>): Promise<T> => {
    let result: T | undefined;
    const reference = subscription.reference as Partial<ConversationReference>;
    try {
      // A stored reference that is not Teams is never used (only a loopback connector without a bot identity).
      assertTeamsReference(reference, { allowLoopback: !appId });
    } catch (error) {
      logger.warn(
        { err: error, subscription: subscription.id },
        'alert not sent: the stored conversation is not Teams',
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

  return {
    postIncident: (subscription, incident) =>
      inConversation(subscription, (ctx) => sendCard(ctx, alertCard(incident, knowledge), logger)),
    updateIncident: (subscription, activityId, incident) =>
      inConversation(subscription, (ctx) => updateCard(ctx, activityId, alertCard(incident, knowledge), logger)),
    announce: (subscription, incident, change) =>
      inConversation(subscription, async (ctx) => {
        await ctx.sendActivity(announcement(incident, change));
      }),
    postDigest: (subscription, digest: DailyDigest) =>
      inConversation(subscription, async (ctx) => {
        await ctx.sendActivity(digestText(digest));
      }),
  };
}

export function announcement(incident: Incident, change: IncidentChange): string {
  if (change === 'resolved') {
    const when = `since ${formatTime(incident.openedAt)}, resolved ${formatTime(incident.resolvedAt)}`;
    return `Recovered: ${incident.configurationName}. "${incident.title}" is over (${when}).`;
  }
  return `Worse: ${incident.configurationName}. ${incident.title}.`;
}

/** The HTTP status of a Bot Connector failure (botframework-connector's RestError and fetch-style errors). */
function statusOf(error: unknown): number | undefined {
  const e = error as { statusCode?: unknown; status?: unknown; response?: { status?: unknown } } | undefined;
  const status = e?.statusCode ?? e?.status ?? e?.response?.status;
  return typeof status === 'number' ? status : undefined;
}
