import type { BotAdapter } from 'botbuilder';
import type { ChangeNotifier } from '../../../alerts/changes/auditSource';
import type { Logger } from '../../../logging';
import { inSubscribedConversation } from '../../turn/proactive';
import { sendCard, updateCard } from '../../turn/reply';
import { changeCard } from './changeCard';

/** Change cards as proactive messages in the subscribed conversations, updated in place after a click. */
export function teamsChangeNotifier(options: { adapter: BotAdapter; appId: string; logger: Logger }): ChangeNotifier {
  const inConversation = inSubscribedConversation({ ...options, what: 'change card' });
  return {
    postChange: (subscription, change) =>
      inConversation(subscription, (ctx) => sendCard(ctx, changeCard(change), options.logger)),
    updateChange: (subscription, activityId, change) =>
      inConversation(subscription, (ctx) => updateCard(ctx, activityId, changeCard(change), options.logger)),
  };
}
