import { Application, TeamsAdapter, TurnState } from './teamsAi';
import type { BotAdapter, Storage } from 'botbuilder';
import type { BotIdentity, RoleSettings } from '../config';
import type { Logger } from '../logging';
import type { ConfigurationCatalog } from '../sync/catalog';
import type { SyncOperations } from '../sync/operations';
import type { RoleSource } from './access';
import { registerAllActions } from './actions';
import { createAdapter } from './adapter';
import type { ApprovalsSetup } from './approvals/deps';
import { approvalBotDeps } from './approvals/setup';
import type { AlertBotDeps } from './features/alerts/services';
import type { BotDeps } from './deps';
import type { SetupBotDeps } from './setup/deps';
import { onTurnError } from './errors/onTurnError';
import { registerHooks } from './hooks';
import { choosePlanner } from './planner/choosePlanner';
import type { LlmPlannerOptions } from './planner/llm/createLlmPlanner';
import { registerAllVerbs } from './verbs';
import { BUTTON_VERBS, COMMANDS, FEATURES, UNKNOWN_COMMAND } from './features';
import type { BotServices } from './operations/botServices';
import { registerFeatures } from './operations/registerFeatures';

export interface BotOptions {
  logger: Logger;
  catalog: ConfigurationCatalog;
  storage: Storage;
  /** Serve only this tenant's users; every tenant when absent. */
  homeTenantId?: string;
  /** The bot identity for the Teams adapter (absent: no JWT check, local mode). */
  identity?: BotIdentity;
  /** Who may do what: roles from Entra (RoleDirectory) and the settings that grant them. */
  access: { roles: RoleSource; settings: RoleSettings };
  /** Tests pass botbuilder's TestAdapter; by default a TeamsAdapter is built from `identity`. */
  adapter?: BotAdapter;
  /** A model endpoint: free-form requests go to the LLM planner (commands still run as typed). */
  llm?: LlmPlannerOptions;
  /** Guided setup and settings (the source gateway and any target tenants' gateways); absent: those commands say so. */
  setup?: SetupBotDeps;
  /** Change requests and approvals (the domain service and name lookups); absent: approval commands say so. */
  approvals?: ApprovalsSetup;
  /** Alert subscriptions and card buttons (src/compose/alerts.ts builds them); absent: alert commands say so. */
  alerts?: AlertBotDeps;
  /** Provisioning, jobs and logs. */
  operations?: SyncOperations;
}

export interface Bot {
  app: Application<TurnState>;
  adapter: BotAdapter;
}

/** The Teams AI application with its hooks, card verbs, planner and actions: the whole chat side. */
export function createBot(options: BotOptions): Bot {
  const adapter = options.adapter ?? createAdapter(options.identity);
  const commands = COMMANDS;
  const verbs = BUTTON_VERBS;
  const deps: BotDeps = {
    catalog: options.catalog,
    logger: options.logger,
    actions: commands,
    verbs,
    access: { settings: options.access.settings },
    operations: options.operations,
  };
  if (options.setup) deps.setup = options.setup;
  if (options.approvals)
    deps.approvals = approvalBotDeps(
      options.approvals,
      adapter,
      options.identity?.appId ?? '',
      options.access.settings,
      options.logger,
    );
  const app = new Application<TurnState>({
    storage: options.storage,
    // Application only calls BotAdapter methods on it (proactive messages); TestAdapter works in tests.
    adapter: adapter as TeamsAdapter,
    botAppId: options.identity?.appId ?? '',
    removeRecipientMention: true,
    ai: { planner: choosePlanner(commands, UNKNOWN_COMMAND, options.llm) },
  });
  registerHooks(app, options.logger, { homeTenantId: options.homeTenantId, roles: options.access.roles });
  registerAllVerbs(app, deps);
  registerAllActions(app, deps);
  const services: BotServices = {
    ...deps,
    alerts: options.alerts,
    commands,
    roleSettings: options.access.settings,
  };
  // Last: the features register the catch-alls for unknown actions and verbs.
  registerFeatures(app, FEATURES, services);
  adapter.onTurnError = onTurnError(options.logger);
  return { app, adapter };
}
