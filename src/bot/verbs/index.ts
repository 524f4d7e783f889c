import type { Application, TurnState } from '@microsoft/teams-ai';
import type { BotDeps } from '../deps';
import { alertAcknowledgeVerb } from './alertAcknowledge';
import { alertExplainVerb, alertFailuresVerb } from './alertDetails';
import { alertRestartCancelVerb, alertRestartConfirmVerb, alertRestartVerb } from './alertRestart';
import { alertSnoozeVerb } from './alertSnooze';
import { approvalApproveVerb, approvalCancelVerb, approvalRejectVerb, approvalRetryVerb } from './approvalDecisions';
import { approvalSubmitVerb } from './approvalSubmit';
import { listConfigurationsVerb } from './listConfigurations';
import { registerVerbs } from './register';
import { showConfigurationVerb } from './showConfiguration';
import { registerUnknownVerb } from './unknownVerb';
import { changeSettingVerb } from './changeSetting';
import { setupRunVerb } from './setupRun';
import type { VerbRoute } from './verb';

export const VERBS: readonly VerbRoute[] = [
  showConfigurationVerb,
  listConfigurationsVerb,
  setupRunVerb,
  changeSettingVerb,
  alertFailuresVerb,
  alertExplainVerb,
  alertRestartVerb,
  alertRestartConfirmVerb,
  alertRestartCancelVerb,
  alertSnoozeVerb,
  alertAcknowledgeVerb,
  approvalSubmitVerb,
  approvalApproveVerb,
  approvalRejectVerb,
  approvalCancelVerb,
  approvalRetryVerb,
];

/** Verbs that have a route; cards offer only these buttons. */
export const AVAILABLE_VERBS: ReadonlySet<string> = new Set(VERBS.map((v) => v.verb));

export function registerAllVerbs(app: Application<TurnState>, deps: BotDeps): void {
  registerVerbs(app, VERBS, deps);
  // Catch-all, last: any other Action.Execute verb.
  registerUnknownVerb(app, deps);
}
