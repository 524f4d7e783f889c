import type { Application, TurnState } from '@microsoft/teams-ai';
import type { BotDeps } from '../deps';
import type { ActionDefinition } from './action';
import { allowDeletes } from './allowDeletes';
import { pauseJob } from './pauseJob';
import { provisionUsers } from './provisionUsers';
import { restartJob } from './restartJob';
import { startJob } from './startJob';
import { testConnection } from './testConnection';
import { approvalHistory, listPendingApprovals } from './listApprovals';
import { listConfigurations } from './listConfigurations';
import { registerActions } from './register';
import { requestScopeAssignment } from './requestScopeAssignment';
import { requestScopeMode } from './requestScopeMode';
import { requestUserType } from './requestUserType';
import { showConfiguration } from './showConfiguration';
import { changeSetting } from './changeSetting';
import { removeConfiguration } from './removeConfiguration';
import { requestMappingChange } from './requestMappingChange';
import { setupSync } from './setupSync';
import { showSettings } from './showSettings';
import { useChannelForApprovals } from './useChannelForApprovals';

/** Chat actions not yet in a feature folder (src/bot/features). */
export const ACTIONS: readonly ActionDefinition[] = [
  listConfigurations,
  showConfiguration,
  requestScopeAssignment,
  requestScopeMode,
  requestUserType,
  useChannelForApprovals,
  listPendingApprovals,
  approvalHistory,
  provisionUsers,
  testConnection,
  startJob,
  pauseJob,
  restartJob,
  allowDeletes,
  setupSync,
  showSettings,
  changeSetting,
  requestMappingChange,
  removeConfiguration,
];

export function registerAllActions(app: Application<TurnState>, deps: BotDeps): void {
  registerActions(app, ACTIONS, deps);
}
