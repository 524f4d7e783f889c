import type { Application, TurnState } from '@microsoft/teams-ai';
import type { BotDeps } from '../deps';
import type { ActionDefinition } from './action';
import { explainCode } from './explainCode';
import { explainUser } from './explainUser';
import { showLogs } from './showLogs';
import { userHistory } from './userHistory';
import { listSubscriptions } from './listSubscriptions';
import { registerActions } from './register';
import { subscribeAlerts } from './subscribeAlerts';
import { subscribeDigest } from './subscribeDigest';
import { unsubscribeAlerts } from './unsubscribeAlerts';

/** Chat actions not yet in a feature folder (src/bot/features). */
export const ACTIONS: readonly ActionDefinition[] = [
  subscribeDigest,
  subscribeAlerts,
  unsubscribeAlerts,
  listSubscriptions,
  showLogs,
  userHistory,
  explainCode,
  explainUser,
];

export function registerAllActions(app: Application<TurnState>, deps: BotDeps): void {
  registerActions(app, ACTIONS, deps);
}
