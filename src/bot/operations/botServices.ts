import type { RoleSettings } from '../../config';
import type { Logger } from '../../logging';
import type { ConfigurationCatalog } from '../../sync/catalog';
import type { SyncOperations } from '../../sync/operations';
import type { BotAdapter } from 'botbuilder';
import type { ChangeNotifier } from '../../alerts/changes/auditSource';
import type { ChangeStore } from '../../alerts/changes/changeStore';
import type { IncidentActions } from '../../alerts/incidentActions';
import type { IncidentStore } from '../../alerts/incidents/incidentStore';
import type { Notifier } from '../../alerts/notifier';
import type { SubscriptionStore } from '../../alerts/subscriptions/subscriptionStore';
import type { ApprovalService } from '../../approvals/service';
import type { KeyedMutex } from '../../storage';
import type { KnowledgeBase } from '../../sync/knowledge/knowledgeBase';
import type { SettingsService } from '../../sync/settings';
import type { SetupService } from '../../sync/setup';
import type { CommandDeclaration } from './operation';
import type { ActingUser } from '../../domain';
import type { Background } from '../work/background';

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
  approvals?: ApprovalsSetup;
  /** Proactive messages (approval cards posted to a channel) go out through the bot's adapter as this app. */
  proactive: { adapter: BotAdapter; appId: string };
  /** Teams single sign-on, when changes are made with the person's own token (GRAPH_WRITES=user). */
  signIn?: SignInBotDeps;
  /** Where every operation runs: after the answer to Teams, in this instance's bounded queue. */
  background: Background;
  /** Confirmation cards are refused after this many hours: the approval request TTL. */
  confirmationTtlHours: number;
}

/** What the composition root (src/compose/alerts.ts) gives the bot for alerts. */
export interface AlertBotDeps {
  subscriptions: SubscriptionStore;
  incidents: IncidentStore;
  /** Updates the posted copies of a card after an acknowledge or a snooze. */
  notifier: Notifier;
  /** What alert cards' buttons read from Graph. */
  actions: IncidentActions;
  knowledge: KnowledgeBase;
  now: () => Date;
  pollSeconds: number;
  /** Change watch's cards (absent: no change watch). */
  changes?: ChangeBotDeps;
}

/** What the composition root (src/compose/changes.ts) gives the bot for change cards and the timeline. */
export interface ChangeBotDeps {
  changes: ChangeStore;
  /** Updates the posted copies of a change card after an acknowledge or an undo. */
  notifier: ChangeNotifier;
}

/** What the composition root hands the bot for approvals. */
export interface ApprovalsSetup {
  service: ApprovalService;
}

/** What the composition root hands the bot for guided setup and settings (two features read it). */
export interface SetupBotDeps {
  setup: SetupService;
  settings: SettingsService;
  /** One setup per target at a time in this process: a double click finds the first run's configuration. */
  runs?: KeyedMutex;
}

/** What the composition root hands the bot when changes are made with the person's own token (GRAPH_WRITES=user). */
export interface SignInBotDeps {
  /** Exchanges the person's Teams SSO token once (Entra checks it) and holds it for their changes. */
  tokens: { signIn(user: ActingUser, assertion: string): Promise<void> };
  /** The Application ID URI Teams gets the SSO token for (webApplicationInfo.resource). */
  resource: string;
  /** Where the sign-in card's button leads when Teams cannot sign the person in silently. */
  signInLink: string;
}
