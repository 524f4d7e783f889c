import type { Application, TurnState } from '@microsoft/teams-ai';
import type { BotDeps } from '../deps';
import type { ActionDefinition } from './action';
import { explainCode } from './explainCode';
import { explainUser } from './explainUser';
import { showLogs } from './showLogs';
import { userHistory } from './userHistory';
import { approvalHistory, listPendingApprovals } from './listApprovals';
import { listSubscriptions } from './listSubscriptions';
import { registerActions } from './register';
import { requestScopeAssignment } from './requestScopeAssignment';
import { requestScopeMode } from './requestScopeMode';
import { requestUserType } from './requestUserType';
import { subscribeAlerts } from './subscribeAlerts';
import { subscribeDigest } from './subscribeDigest';
import { changeSetting } from './changeSetting';
import { removeConfiguration } from './removeConfiguration';
import { requestMappingChange } from './requestMappingChange';
import { setupSync } from './setupSync';
import { showSettings } from './showSettings';
import { unsubscribeAlerts } from './unsubscribeAlerts';
import { useChannelForApprovals } from './useChannelForApprovals';

/** Chat actions not yet in a feature folder (src/bot/features). */
export const ACTIONS: readonly ActionDefinition[] = [
  subscribeDigest,
  subscribeAlerts,
  unsubscribeAlerts,
  listSubscriptions,
  requestScopeAssignment,
  requestScopeMode,
  requestUserType,
  useChannelForApprovals,
  listPendingApprovals,
  approvalHistory,
  showLogs,
  userHistory,
  explainCode,
  explainUser,
  setupSync,
  showSettings,
  changeSetting,
  requestMappingChange,
  removeConfiguration,
];

export function registerAllActions(app: Application<TurnState>, deps: BotDeps): void {
  registerActions(app, ACTIONS, deps);
}
