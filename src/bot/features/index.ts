import type { Feature } from '../operations/feature';
import { buttonOf, commandOf, type ButtonDeclaration, type CommandDeclaration } from '../operations/operation';
import { ACTIONS } from '../actions';
import { VERBS } from '../verbs';
import { alertsFeature } from './alerts';
import { explainFeature } from './explain';
import { helpFeature } from './help';
import { logsFeature } from './logs';
import { mappingsFeature } from './mappings';

const PLANNER_ORDER = [
  'help',
  'listConfigurations',
  'showConfiguration',
  'subscribeDigest',
  'subscribeAlerts',
  'unsubscribeAlerts',
  'listSubscriptions',
  'requestScopeAssignment',
  'requestScopeMode',
  'requestUserType',
  'useChannelForApprovals',
  'listPendingApprovals',
  'approvalHistory',
  'provisionUsers',
  'testConnection',
  'startJob',
  'pauseJob',
  'restartJob',
  'allowDeletes',
  'showLogs',
  'userHistory',
  'explainCode',
  'explainUser',
  'showMappings',
  'setupSync',
  'showSettings',
  'changeSetting',
  'requestMappingChange',
  'removeConfiguration',
  'unknownCommand',
];

/**
 * Every capability of the bot, in planner order: the first matching pattern wins, so a feature whose phrases are
 * more general comes after those they would shadow.
 */
export const FEATURES: readonly Feature[] = [helpFeature, alertsFeature, logsFeature, explainFeature, mappingsFeature];

/** Every typed command, in planner order. */
export const COMMANDS: readonly CommandDeclaration[] = inPlannerOrder([
  ...FEATURES.flatMap((f) => f.operations.flatMap((o) => commandOf(o) ?? [])),
  ...ACTIONS,
]);

/** Every card button the bot answers. */
export const BUTTONS: readonly ButtonDeclaration[] = [
  ...FEATURES.flatMap((f) => f.operations.flatMap((o) => buttonOf(o) ?? [])),
  ...VERBS.map((v) => ({ verb: v.verb, title: v.title ?? v.verb, role: v.role, data: v.data })),
];

/** Verbs that have a route; cards offer only these buttons. */
export const BUTTON_VERBS: ReadonlySet<string> = new Set(BUTTONS.map((b) => b.verb));

export { UNKNOWN_COMMAND } from './help';

// While commands move into feature folders, the planner keeps their historical order.
function inPlannerOrder(commands: readonly CommandDeclaration[]): CommandDeclaration[] {
  const rank = (c: CommandDeclaration) => PLANNER_ORDER.indexOf(c.name);
  return [...commands].sort((a, b) => rank(a) - rank(b));
}
