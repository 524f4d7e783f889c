import type { RoleSettings } from '../../config';
import type { Logger } from '../../logging';
import type { ConfigurationCatalog } from '../../sync/catalog';
import type { SyncOperations } from '../../sync/operations';
import type { AlertBotDeps } from '../features/alerts/services';
import type { ApprovalBotDeps } from '../features/approvals/services';
import type { SetupBotDeps } from '../shared/setupDeps';
import type { CommandDeclaration } from './operation';

/**
 * Everything the composition root gives the chat side. Only feature `services()` functions read it: each picks
 * what its handlers need, and handlers get that, never this.
 */
export interface BotServices {
  catalog: ConfigurationCatalog;
  /** The process logger (handlers log through their turn's logger). */
  logger: Logger;
  /** Role settings, so refusals can say which Entra roles or groups grant the missing role. */
  roleSettings: RoleSettings;
  /** Every command, for help and suggestions. */
  commands: readonly CommandDeclaration[];
  /** Card verbs that have a route: cards show only buttons the bot answers. */
  verbs: ReadonlySet<string>;
  /** Provisioning, jobs, logs, explanations and mappings. */
  operations?: SyncOperations;
  /** Guided setup, settings and removal of configurations. */
  setup?: SetupBotDeps;
  /** Alert subscriptions, incidents and alert card buttons. */
  alerts?: AlertBotDeps;
  /** Change requests, approval cards and their buttons. */
  approvals?: ApprovalBotDeps;
}
