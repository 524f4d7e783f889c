/** The validated, typed configuration that loadConfig (config.ts) builds from the environment. */

export type GraphCredential =
  | { kind: 'secret'; tenantId: string; clientId: string; clientSecret: string }
  | { kind: 'certificate'; tenantId: string; clientId: string; certificatePath: string }
  | { kind: 'managedIdentity'; tenantId: string; clientId?: string };

export interface GraphSettings {
  credential: GraphCredential;
  /** Base URL including the version, e.g. https://graph.microsoft.com/v1.0 */
  baseUrl: string;
  /** Authority host, e.g. https://login.microsoftonline.com */
  authorityHost: string;
  timeoutMs: number;
}

/**
 * Teams single sign-on: the app registration named in the manifest's webApplicationInfo, whose tokens Teams hands the
 * bot and which exchanges them on behalf of the person (its own secret or certificate).
 */
export interface SsoSettings {
  clientId: string;
  credential: { kind: 'secret'; clientSecret: string } | { kind: 'certificate'; certificatePath: string };
  /** The Application ID URI Teams asks tokens for (webApplicationInfo.resource), e.g. api://botid-<BOT_ID>. */
  resource: string;
}

export interface BotIdentity {
  appId: string;
  password?: string;
  type: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMsi';
  tenantId?: string;
}

export type StorageSettings =
  | { backend: 'sqlite'; file: string }
  | { backend: 'blob'; connectionString?: string; accountUrl?: string; container: string };

/** Someone approval cards @mention (APPROVER_MENTIONS): a user by UPN or object id, or a Teams tag by its id. */
export interface ApproverMention {
  kind: 'user' | 'tag';
  id: string;
  name: string;
}

export interface RoleSettings {
  readerRoles: string[];
  operatorRoles: string[];
  approverRoles: string[];
  readerGroupIds: string[];
  operatorGroupIds: string[];
  approverGroupIds: string[];
  cacheSeconds: number;
  /** Mentioned on approval cards so approvers are notified (empty: nobody). */
  approverMentions?: ApproverMention[];
}

export type LlmSettings =
  | { kind: 'openai'; apiKey: string; endpoint?: string; model: string }
  | { kind: 'azure'; apiKey: string; endpoint: string; deployment: string };

export interface AppConfig {
  /** local: no Graph credentials, so `npm start` runs the simulator, the bot and the Playground. */
  mode: 'local' | 'azure';
  port: number;
  host: string;
  bot?: BotIdentity;
  /** Only this tenant's users are served (HOME_TENANT_ID, else GRAPH_TENANT_ID); every tenant when both are absent. */
  homeTenantId?: string;
  /** Absent in local mode until the local launcher supplies the simulator's credentials. */
  graph?: GraphSettings;
  /**
   * Whose token changes are made with: `user`, the person who asked or approved (on-behalf-of, needs `sso`); `app`,
   * the bot's own identity. Reads and monitoring are always the app's.
   */
  graphWrites: 'user' | 'app';
  sso?: SsoSettings;
  /** Local mode: the client the simulator's sign-in page signs the Playground's people in with (no SSO there). */
  simulatorSignInClientId?: string;
  /** Optional credentials in target tenants (TARGET_TENANT_CREDENTIALS): guided setup then checks their side itself. */
  targetTenants: GraphSettings[];
  dataDir: string;
  log: { level: string; format: 'pretty' | 'json' };
  storage: StorageSettings;
  instanceId: string;
  alerts: { pollSeconds: number; leaseSeconds: number };
  /** resumeAfterSeconds: an apply idle this long on shared storage is taken over (its instance died). */
  /**
   * The approval policy's settings (src/approvals/policy.ts): request, draft and confirmation lifetime, the
   * two-approver thresholds, and how long closed requests are kept.
   */
  approvals: {
    ttlHours: number;
    twoApproversAbove: number;
    resumeAfterSeconds: number;
    twoApproversGroupSize: number;
    retentionDays: number;
  };
  /** Guided setup creates configurations with accidental-deletion prevention on at this threshold. */
  setup: { deleteThreshold: number };
  /**
   * Work that runs after the answer to Teams: at most `concurrency` operations at once in this instance; on SIGTERM
   * those in flight get `shutdownGraceSeconds` to finish before their cards are marked interrupted.
   */
  work: { concurrency: number; shutdownGraceSeconds: number };
  roles: RoleSettings;
  llm?: LlmSettings;
  local: {
    playgroundPort: number;
    simulatorPort: number;
    simulatorCycleSeconds: number;
    /** The simulator's latency profile (its README, "Latency"). */
    simulatorLatency: 'off' | 'short' | 'realistic';
  };
  ci: boolean;
}
