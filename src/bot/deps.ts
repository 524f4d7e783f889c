import type { RoleSettings } from '../config';
import type { Logger } from '../logging';
import type { ConfigurationCatalog } from '../sync/catalog';
import type { SyncOperations } from '../sync/operations';
import type { CommandDeclaration } from './operations/operation';
import type { SetupBotDeps } from './setup/deps';
import type { ApprovalBotDeps } from './approvals/deps';

/** What handlers receive. Built once in createBot; tests pass fakes at the edges (the catalog). */
export interface BotDeps {
  catalog: ConfigurationCatalog;
  /** The process logger; handlers log through the turn's child logger (turnLogger). */
  logger: Logger;
  /** Every action, for help and suggestions. */
  actions: readonly CommandDeclaration[];
  /** Card verbs that have a route: cards show only buttons the bot answers. */
  verbs: ReadonlySet<string>;
  /** Role settings, so refusals can say which Entra roles or groups grant the missing role. */
  access: { settings: RoleSettings };
  /** Guided setup, settings and removal of configurations; absent when not set up. */
  setup?: SetupBotDeps;
  /** Change requests, approval cards and their buttons; absent when approvals are not set up. */
  approvals?: ApprovalBotDeps;
  /** Provisioning, jobs and logs; absent when the sync operations are not set up. */
  operations?: SyncOperations;
}
