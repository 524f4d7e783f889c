import type { Feature } from '../operations/feature';
import { buttonOf, commandOf, type ButtonDeclaration, type CommandDeclaration } from '../operations/operation';
import { alertsFeature } from './alerts';
import { approvalsFeature } from './approvals';
import { changesFeature } from './changes';
import { configurationsFeature } from './configurations';
import { explainFeature } from './explain';
import { helpFeature } from './help';
import { historyFeature } from './history';
import { jobsFeature } from './jobs';
import { logsFeature } from './logs';
import { mappingsFeature } from './mappings';
import { provisioningFeature } from './provisioning';
import { settingsFeature } from './settings';
import { setupFeature } from './setup';
import { signInFeature } from './signIn';

/**
 * Every capability of the bot, in planner order: the first matching pattern wins (fallback patterns are tried only
 * after every primary one), so a feature whose phrases are more general comes after those they would shadow.
 */
export const FEATURES: readonly Feature[] = [
  helpFeature,
  configurationsFeature,
  alertsFeature,
  changesFeature,
  approvalsFeature,
  provisioningFeature,
  jobsFeature,
  logsFeature,
  explainFeature,
  historyFeature,
  mappingsFeature,
  setupFeature,
  settingsFeature,
  signInFeature,
];

/** Every typed command, in planner order. */
export const COMMANDS: readonly CommandDeclaration[] = FEATURES.flatMap((f) =>
  f.operations.flatMap((o) => commandOf(o) ?? []),
);

/** Every card button the bot answers. */
export const BUTTONS: readonly ButtonDeclaration[] = FEATURES.flatMap((f) =>
  f.operations.flatMap((o) => buttonOf(o) ?? []),
);

/** Verbs that have a route; cards offer only these buttons. */
export const BUTTON_VERBS: ReadonlySet<string> = new Set(BUTTONS.map((b) => b.verb));

export { UNKNOWN_COMMAND } from './help';
