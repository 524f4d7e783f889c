import type { Application, TurnState } from '@microsoft/teams-ai';
import type { BotDeps } from '../deps';
import type { ActionDefinition } from './action';
import { allowDeletes } from './allowDeletes';
import { explainCode } from './explainCode';
import { explainUser } from './explainUser';
import { pauseJob } from './pauseJob';
import { provisionUsers } from './provisionUsers';
import { restartJob } from './restartJob';
import { showLogs } from './showLogs';
import { startJob } from './startJob';
import { testConnection } from './testConnection';
import { userHistory } from './userHistory';
import { listConfigurations } from './listConfigurations';
import { listSubscriptions } from './listSubscriptions';
import { registerActions } from './register';
import { showConfiguration } from './showConfiguration';
import { subscribeAlerts } from './subscribeAlerts';
import { subscribeDigest } from './subscribeDigest';
import { unsubscribeAlerts } from './unsubscribeAlerts';

/** Chat actions not yet in a feature folder (src/bot/features). */
export const ACTIONS: readonly ActionDefinition[] = [
  listConfigurations,
  showConfiguration,
  subscribeDigest,
  subscribeAlerts,
  unsubscribeAlerts,
  listSubscriptions,
  provisionUsers,
  testConnection,
  startJob,
  pauseJob,
  restartJob,
  allowDeletes,
  showLogs,
  userHistory,
  explainCode,
  explainUser,
];

export function registerAllActions(app: Application<TurnState>, deps: BotDeps): void {
  registerActions(app, ACTIONS, deps);
}
