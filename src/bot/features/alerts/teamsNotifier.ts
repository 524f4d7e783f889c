import type { BotAdapter } from 'botbuilder';
import type { DailyDigest } from '../../../alerts/digest/digest';
import type { IncidentChange } from '../../../alerts/incidents/merge';
import type { Notifier } from '../../../alerts/notifier';
import type { Incident } from '../../../alerts/types';
import { formatTime } from '../../../cards/format';
import type { Logger } from '../../../logging';
import type { KnowledgeBase } from '../../../sync/knowledge/knowledgeBase';
import { sendCard, updateCard } from '../../turn/reply';
import { inSubscribedConversation } from '../../turn/proactive';
import { alertCard } from './alertCard';
import { digestText } from './digestText';

/**
 * Alerts as proactive messages through the Bot Connector (src/bot/turn/proactive.ts: a conversation the bot left
 * retires the subscription).
 */
export function teamsNotifier(options: {
  adapter: BotAdapter;
  appId: string;
  knowledge: KnowledgeBase;
  logger: Logger;
}): Notifier {
  const { adapter, appId, knowledge, logger } = options;
  const inConversation = inSubscribedConversation({ adapter, appId, logger, what: 'alert' });

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
