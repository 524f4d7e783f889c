import type { Application, TurnState } from '@microsoft/teams-ai';
import type { BotDeps } from '../deps';
import { approvalApproveVerb, approvalCancelVerb, approvalRejectVerb, approvalRetryVerb } from './approvalDecisions';
import { approvalSubmitVerb } from './approvalSubmit';
import { explainCodeVerb } from './explainCode';
import { explainUserVerb } from './explainUser';
import { jobAllowDeletesVerb } from './jobAllowDeletes';
import { jobAllowDeletesConfirmVerb } from './jobAllowDeletesConfirm';
import { jobCancelVerb } from './jobCancel';
import { jobPauseVerb } from './jobPause';
import { jobRestartVerb } from './jobRestart';
import { jobRestartConfirmVerb } from './jobRestartConfirm';
import { jobStartVerb } from './jobStart';
import { logDetailsVerb } from './logDetails';
import { logsFilterVerb } from './logsFilter';
import { logsPageVerb } from './logsPage';
import { provisionNamedVerb } from './provisionNamed';
import { provisionPromptVerb } from './provisionPrompt';
import { provisionUserVerb } from './provisionUser';
import { showLogsVerb } from './showLogs';
import { testConnectionVerb } from './testConnection';
import { listConfigurationsVerb } from './listConfigurations';
import { registerVerbs } from './register';
import { showConfigurationVerb } from './showConfiguration';
import { changeSettingVerb } from './changeSetting';
import { setupRunVerb } from './setupRun';
import type { VerbRoute } from './verb';

export const VERBS: readonly VerbRoute[] = [
  showConfigurationVerb,
  listConfigurationsVerb,
  setupRunVerb,
  changeSettingVerb,
  approvalSubmitVerb,
  approvalApproveVerb,
  approvalRejectVerb,
  approvalCancelVerb,
  approvalRetryVerb,
  provisionUserVerb,
  provisionPromptVerb,
  provisionNamedVerb,
  testConnectionVerb,
  jobStartVerb,
  jobPauseVerb,
  jobRestartVerb,
  jobRestartConfirmVerb,
  jobAllowDeletesVerb,
  jobAllowDeletesConfirmVerb,
  jobCancelVerb,
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
