import { Application, TeamsAdapter, TurnState } from './teamsAi';
import type { BotAdapter, Storage } from 'botbuilder';
import type { BotIdentity, RoleSettings } from '../config';
import type { Logger } from '../logging';
import type { ConfigurationCatalog } from '../sync/catalog';
import type { SyncOperations } from '../sync/operations';
import type { RoleSource } from './access';
import { createAdapter } from './adapter';
import { onTurnError } from './errors/onTurnError';
import { BUTTON_VERBS, COMMANDS, FEATURES, UNKNOWN_COMMAND } from './features';
import { registerHooks } from './hooks';
import { registerFeatures } from './operations/registerFeatures';
import { choosePlanner } from './planner/choosePlanner';
import { DEFAULT_CONFIRMATION_TTL_HOURS } from './turn/confirmation';
import type { LlmPlannerOptions } from './planner/llm/createLlmPlanner';
import type { AlertBotDeps, ApprovalsSetup, SetupBotDeps, SignInBotDeps } from './operations/botServices';
import { type Background, createBackground } from './work/background';

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
  /** Guided setup and settings services; absent: those commands say so. */
  setup?: SetupBotDeps;
  /** Change requests and approvals (the domain service and name lookups); absent: approval commands say so. */
  approvals?: ApprovalsSetup;
  /** Alert subscriptions and card buttons (compose/alerts builds them); absent: alert commands say alerts are off. */
  alerts?: AlertBotDeps;
  /** Provisioning, jobs, logs, explanations and mappings. */
  operations?: SyncOperations;
  /** Teams single sign-on for changes made with the person's own token (GRAPH_WRITES=user). */
  signIn?: SignInBotDeps;
  /** Where operations run after the answer (src/bot/work); by default a queue of 8 that records nothing. */
  background?: Background;
}

export interface Bot {
  app: Application<TurnState>;
  adapter: BotAdapter;
  background: Background;
}

/** The Teams AI application with its hooks, planner and feature operations: the whole chat side. */
export function createBot(options: BotOptions): Bot {
  const adapter = options.adapter ?? createAdapter(options.identity);
  const app = new Application<TurnState>({
    storage: options.storage,
    // Application only calls BotAdapter methods on it (proactive messages); TestAdapter works in tests.
    adapter: adapter as TeamsAdapter,
    botAppId: options.identity?.appId ?? '',
    removeRecipientMention: true,
    ai: { planner: choosePlanner(COMMANDS, UNKNOWN_COMMAND, options.llm) },
  });
  registerHooks(app, options.logger, {
    homeTenantId: options.homeTenantId,
    roles: options.access.roles,
    channel: { allowLoopback: !options.identity },
  });
  const { identity, access, logger } = options;
  const background =
    options.background ??
    createBackground({ adapter, appId: identity?.appId ?? '', logger, concurrency: 8 }).background;
  registerFeatures(app, FEATURES, {
    catalog: options.catalog,
    logger,
    roleSettings: access.settings,
    commands: COMMANDS,
    verbs: BUTTON_VERBS,
    operations: options.operations,
    setup: options.setup,
    alerts: options.alerts,
    approvals: options.approvals,
    signIn: options.signIn,
    proactive: { adapter, appId: identity?.appId ?? '' },
    background,
    confirmationTtlHours: options.approvals?.service.policy.ttlHours ?? DEFAULT_CONFIRMATION_TTL_HOURS,
  });
  adapter.onTurnError = onTurnError(logger);
  return { app, adapter, background };
}
