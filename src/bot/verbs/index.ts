import type { Application, TurnState } from '@microsoft/teams-ai';
import type { BotDeps } from '../deps';
import { alertAcknowledgeVerb } from './alertAcknowledge';
import { alertExplainVerb, alertFailuresVerb } from './alertDetails';
import { alertRestartCancelVerb, alertRestartConfirmVerb, alertRestartVerb } from './alertRestart';
import { alertSnoozeVerb } from './alertSnooze';
import { explainCodeVerb } from './explainCode';
import { explainUserVerb } from './explainUser';
import { logDetailsVerb } from './logDetails';
import { logsFilterVerb } from './logsFilter';
import { logsPageVerb } from './logsPage';
import { showLogsVerb } from './showLogs';
import { registerVerbs } from './register';
import type { VerbRoute } from './verb';

export const VERBS: readonly VerbRoute[] = [
  alertFailuresVerb,
  alertExplainVerb,
  alertRestartVerb,
  alertRestartConfirmVerb,
  alertRestartCancelVerb,
  alertSnoozeVerb,
  alertAcknowledgeVerb,
  showLogsVerb,
  logsPageVerb,
  logsFilterVerb,
  logDetailsVerb,
  explainCodeVerb,
  explainUserVerb,
];

/** Verbs that have a route; cards offer only these buttons. */
export const AVAILABLE_VERBS: ReadonlySet<string> = new Set(VERBS.map((v) => v.verb));

export function registerAllVerbs(app: Application<TurnState>, deps: BotDeps): void {
  registerVerbs(app, VERBS, deps);
}
