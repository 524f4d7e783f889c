import type { Application, TurnState } from '@microsoft/teams-ai';
import type { BotDeps } from '../deps';
import { approvalApproveVerb, approvalCancelVerb, approvalRejectVerb, approvalRetryVerb } from './approvalDecisions';
import { approvalSubmitVerb } from './approvalSubmit';
import { jobAllowDeletesVerb } from './jobAllowDeletes';
import { jobAllowDeletesConfirmVerb } from './jobAllowDeletesConfirm';
import { jobCancelVerb } from './jobCancel';
import { jobPauseVerb } from './jobPause';
import { jobRestartVerb } from './jobRestart';
import { jobRestartConfirmVerb } from './jobRestartConfirm';
import { jobStartVerb } from './jobStart';
import { provisionNamedVerb } from './provisionNamed';
import { provisionPromptVerb } from './provisionPrompt';
import { provisionUserVerb } from './provisionUser';
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
];

/** Verbs that have a route; cards offer only these buttons. */
export const AVAILABLE_VERBS: ReadonlySet<string> = new Set(VERBS.map((v) => v.verb));

export function registerAllVerbs(app: Application<TurnState>, deps: BotDeps): void {
  registerVerbs(app, VERBS, deps);
}
