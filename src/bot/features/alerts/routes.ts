import type { Application, TurnState } from '@microsoft/teams-ai';
import { ActivityTypes, TurnContext } from 'botbuilder';
import type { Logger } from '../../../logging';
import { turnLogger } from '../../turn/logger';
import { subscriptionKey } from './conversation';
import type { AlertsServices } from './services';

/**
 * The bot removed from a conversation (membersRemoved naming the bot, or the app uninstalled):
 * that conversation's subscription is retired, so the monitor stops posting there.
 */
export function registerAlertRoutes(app: Application<TurnState>, services: AlertsServices, logger: Logger): void {
  const retire = async (ctx: TurnContext, reason: string) => {
    const key = subscriptionKey(ctx);
    const retired = await services.subscriptions.retire(key, reason, services.now());
    if (retired) turnLogger(ctx, logger).info({ subscription: key, reason }, 'subscription retired');
  };
  app.conversationUpdate('membersRemoved', async (ctx) => {
    const botId = ctx.activity.recipient?.id;
    if (botId && (ctx.activity.membersRemoved ?? []).some((m) => m.id === botId))
      await retire(ctx, 'the bot was removed from the conversation');
  });
  app.activity(ActivityTypes.InstallationUpdate, async (ctx) => {
    const action = String(ctx.activity.action ?? '').toLowerCase();
    if (action === 'remove' || action === 'remove-upgrade')
      await retire(ctx, 'the app was uninstalled from the conversation');
  });
}
