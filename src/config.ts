import fs from 'node:fs';
import path from 'node:path';
import { Env, EnvSchema, LOOPBACK } from './configSchema';
import { approverMentions } from './configMentions';
import { isTenantGuid, startRefusals } from './configRefusals';
import { ssoSettings } from './configSso';
import { targetTenantSettings } from './configTargets';
import { unguardedBotProblems } from './configUnguarded';
import type { AppConfig, BotIdentity, GraphSettings, LlmSettings, StorageSettings } from './configTypes';

export type * from './configTypes';

/**
 * The only reader of process.env. Everything is validated once, typed and frozen;
 * an invalid value fails fast with a message that says where to find a good one.
 */

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Where to find each value, shown when one is missing or wrong. */
const HINTS: Record<string, string> = {
  GRAPH_TENANT_ID: 'the Directory (tenant) ID on the app registration Overview page in the Entra admin center',
  GRAPH_CLIENT_ID: 'the Application (client) ID on the app registration Overview page',
  GRAPH_CLIENT_SECRET:
    'Certificates & secrets > Client secrets on the app registration (copy the Value, not the Secret ID)',
  GRAPH_CLIENT_CERT_PATH: 'a PEM file holding the private key and certificate uploaded under Certificates & secrets',
  BOT_ID: 'the Microsoft App ID of the Azure Bot resource (Configuration blade), or the managed identity client id',
  BOT_TENANT_ID: 'the tenant id of the bot identity (Azure Bot > Configuration > App Tenant ID)',
  BOT_PASSWORD: 'the client secret of the bot app registration (not used with UserAssignedMsi)',
  AZURE_STORAGE_CONNECTION_STRING:
    'the storage account Access keys blade, or use AZURE_STORAGE_ACCOUNT_URL with a managed identity',
  HOST: 'use 127.0.0.1 unless a bot identity (BOT_ID) is configured',
};

const DEFAULT_READER_ROLES = ['Global Reader', 'Reports Reader', 'Security Reader'];
const DEFAULT_OPERATOR_ROLES = ['Hybrid Identity Administrator', 'Global Administrator'];
const DEFAULT_APPROVER_ROLES = ['Hybrid Identity Administrator', 'Global Administrator'];

function roleList(value: string | undefined, fallback: string[]): string[] {
  if (value === undefined) return fallback;
  return value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Readonly<AppConfig> {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => {
        const key = String(i.path[0]);
        return `${key}: ${i.message}${HINTS[key] ? ` (find it in ${HINTS[key]})` : ''}`;
      }),
    );
  }
  const e = parsed.data;
  const problems: string[] = [];

  const bot = botIdentity(e, problems);
  const host = e.HOST ?? (bot ? '0.0.0.0' : '127.0.0.1');
  if (!bot && !LOOPBACK.has(host)) {
    problems.push(
      `HOST: ${host} is not loopback but BOT_ID is empty, so nothing would check the Bot Framework token ` +
        `(${HINTS.HOST}; find BOT_ID in ${HINTS.BOT_ID})`,
    );
  }

  const graph = graphSettings(e, problems);
  problems.push(...startRefusals(e, graph));
  problems.push(...unguardedBotProblems(bot, graph));
  const targetTenants = targetTenantSettings(e, graph, problems);
  const writes = ssoSettings(e, graph, problems);
  const dataDir = path.resolve(e.DATA_DIR ?? 'data');
  const storage = storageSettings(e, dataDir, problems);
  const llm = llmSettings(e, problems);
  const mentions = approverMentions(e.APPROVER_MENTIONS, problems);

  if (problems.length > 0) throw new ConfigError(problems);

  const config: AppConfig = {
    mode: graph ? 'azure' : 'local',
    port: e.PORT,
    host,
    bot,
    // With Graph credentials the bot serves the tenant it reads unless HOME_TENANT_ID says otherwise.
    homeTenantId: e.HOME_TENANT_ID ?? guidOrUndefined(graph?.credential.tenantId),
    graph,
    ...writes,
    targetTenants,
    dataDir,
    log: { level: e.LOG_LEVEL ?? 'info', format: e.LOG_FORMAT ?? (bot ? 'json' : 'pretty') },
    storage,
    instanceId: e.INSTANCE_ID ?? e.WEBSITE_INSTANCE_ID ?? `${process.pid}-${Math.random().toString(36).slice(2, 8)}`,
    alerts: { pollSeconds: e.ALERT_POLL_SECONDS, leaseSeconds: e.ALERT_LEASE_SECONDS },
    approvals: {
      ttlHours: e.APPROVAL_TTL_HOURS,
      twoApproversAbove: e.APPROVAL_TWO_APPROVERS_ABOVE,
      resumeAfterSeconds: e.APPROVAL_RESUME_SECONDS,
      twoApproversGroupSize: e.APPROVAL_TWO_APPROVERS_GROUP_SIZE,
      retentionDays: e.APPROVAL_RETENTION_DAYS,
    },
    setup: { deleteThreshold: e.SETUP_DELETE_THRESHOLD },
    work: { concurrency: e.WORK_CONCURRENCY, shutdownGraceSeconds: e.SHUTDOWN_GRACE_SECONDS },
    roles: {
      readerRoles: roleList(e.READER_ROLES, DEFAULT_READER_ROLES),
      operatorRoles: roleList(e.OPERATOR_ROLES, DEFAULT_OPERATOR_ROLES),
      approverRoles: roleList(e.APPROVER_ROLES, DEFAULT_APPROVER_ROLES),
      readerGroupIds: e.READER_GROUP_IDS,
      operatorGroupIds: e.OPERATOR_GROUP_IDS,
      approverGroupIds: e.APPROVER_GROUP_IDS,
      cacheSeconds: e.ROLE_CACHE_SECONDS,
      approverMentions: mentions,
    },
    llm,
    local: {
      playgroundPort: e.PLAYGROUND_PORT,
      simulatorPort: e.SIMULATOR_PORT,
      simulatorCycleSeconds: e.SIMULATOR_CYCLE_SECONDS,
      // Short by default: a newcomer sees the working card do its job without waiting Graph's full times.
      simulatorLatency: e.SIMULATOR_LATENCY ?? 'short',
    },
    ci: e.CI === 'true' || e.CI === '1',
  };
  return deepFreeze(config);
}

function botIdentity(e: Env, problems: string[]): BotIdentity | undefined {
  if (!e.BOT_ID) return undefined;
  // Azure Bot Service registers no new multi-tenant bots (since July 2025): with a tenant known, the bot is
  // single-tenant, and botbuilder must fetch its reply tokens from that tenant.
  const knownTenant = e.BOT_TENANT_ID ?? guidOrUndefined(e.GRAPH_TENANT_ID);
  const type = e.BOT_TYPE ?? (knownTenant ? 'SingleTenant' : 'MultiTenant');
  const tenantId = e.BOT_TENANT_ID ?? (type === 'MultiTenant' ? undefined : knownTenant);
  if (type === 'UserAssignedMsi' && e.BOT_PASSWORD) {
    problems.push('BOT_PASSWORD: must be empty when BOT_TYPE is UserAssignedMsi (the managed identity has no secret)');
  }
  if (type !== 'MultiTenant' && !tenantId) {
    problems.push(`BOT_TENANT_ID: required when BOT_TYPE is ${type} (find it in ${HINTS.BOT_TENANT_ID})`);
  }
  if (type !== 'UserAssignedMsi' && !e.BOT_PASSWORD) {
    problems.push(`BOT_PASSWORD: required when BOT_TYPE is ${type} (find it in ${HINTS.BOT_PASSWORD})`);
  }
  return { appId: e.BOT_ID, password: e.BOT_PASSWORD, type, tenantId };
}

function graphSettings(e: Env, problems: string[]): GraphSettings | undefined {
  const managed = e.GRAPH_USE_MANAGED_IDENTITY === 'true';
  if (!e.GRAPH_CLIENT_ID && !managed) {
    if (e.GRAPH_CLIENT_SECRET || e.GRAPH_CLIENT_CERT_PATH) {
      problems.push(
        `GRAPH_CLIENT_ID: required with a Graph secret or certificate (find it in ${HINTS.GRAPH_CLIENT_ID})`,
      );
    }
    return undefined;
  }
  if (!e.GRAPH_TENANT_ID) {
    problems.push(`GRAPH_TENANT_ID: required with Graph credentials (find it in ${HINTS.GRAPH_TENANT_ID})`);
    return undefined;
  }
  const base = {
    baseUrl: stripSlash(e.GRAPH_BASE_URL ?? 'https://graph.microsoft.com/v1.0'),
    authorityHost: stripSlash(e.AUTHORITY_HOST ?? 'https://login.microsoftonline.com'),
    timeoutMs: e.GRAPH_TIMEOUT_MS,
  };
  for (const [key, value] of [
    ['GRAPH_BASE_URL', base.baseUrl],
    ['AUTHORITY_HOST', base.authorityHost],
  ] as const) {
    if (!/^https:\/\/[^/]+/.test(value)) problems.push(`${key}: must be an https URL (got ${value})`);
  }
  if (managed) {
    return {
      ...base,
      credential: { kind: 'managedIdentity', tenantId: e.GRAPH_TENANT_ID, clientId: e.GRAPH_CLIENT_ID },
    };
  }
  const clientId = e.GRAPH_CLIENT_ID as string;
  if (e.GRAPH_CLIENT_SECRET) {
    return {
      ...base,
      credential: { kind: 'secret', tenantId: e.GRAPH_TENANT_ID, clientId, clientSecret: e.GRAPH_CLIENT_SECRET },
    };
  }
  if (e.GRAPH_CLIENT_CERT_PATH) {
    return {
      ...base,
      credential: {
        kind: 'certificate',
        tenantId: e.GRAPH_TENANT_ID,
        clientId,
        certificatePath: path.resolve(e.GRAPH_CLIENT_CERT_PATH),
      },
    };
  }
  problems.push(
    `GRAPH_CLIENT_SECRET or GRAPH_CLIENT_CERT_PATH: one is required with GRAPH_CLIENT_ID (find a secret in ` +
      `${HINTS.GRAPH_CLIENT_SECRET}), or set GRAPH_USE_MANAGED_IDENTITY=true`,
  );
  return undefined;
}

function storageSettings(e: Env, dataDir: string, problems: string[]): StorageSettings {
  const backend =
    e.STORAGE_BACKEND ?? (e.AZURE_STORAGE_CONNECTION_STRING || e.AZURE_STORAGE_ACCOUNT_URL ? 'blob' : 'sqlite');
  if (backend === 'sqlite') return { backend, file: path.join(dataDir, 'bot.sqlite') };
  if (!e.AZURE_STORAGE_CONNECTION_STRING && !e.AZURE_STORAGE_ACCOUNT_URL) {
    problems.push(
      `AZURE_STORAGE_CONNECTION_STRING: required when STORAGE_BACKEND is blob (find it in ` +
        `${HINTS.AZURE_STORAGE_CONNECTION_STRING})`,
    );
  }
  return {
    backend,
    connectionString: e.AZURE_STORAGE_CONNECTION_STRING,
    accountUrl: e.AZURE_STORAGE_ACCOUNT_URL,
    container: e.AZURE_STORAGE_CONTAINER ?? 'botstate',
  };
}

function llmSettings(e: Env, problems: string[]): LlmSettings | undefined {
  if (e.AZURE_OPENAI_API_KEY || e.AZURE_OPENAI_ENDPOINT) {
    if (!e.AZURE_OPENAI_API_KEY || !e.AZURE_OPENAI_ENDPOINT || !e.AZURE_OPENAI_DEPLOYMENT) {
      problems.push(
        'AZURE_OPENAI_API_KEY, AZURE_OPENAI_ENDPOINT and AZURE_OPENAI_DEPLOYMENT: set all three (Azure OpenAI ' +
          'resource > Keys and Endpoint, and the deployment name)',
      );
      return undefined;
    }
    if (!e.AZURE_OPENAI_ENDPOINT.startsWith('https://'))
      problems.push('AZURE_OPENAI_ENDPOINT: must start with https://');
    return {
      kind: 'azure',
      apiKey: e.AZURE_OPENAI_API_KEY,
      endpoint: e.AZURE_OPENAI_ENDPOINT,
      deployment: e.AZURE_OPENAI_DEPLOYMENT,
    };
  }
  if (e.OPENAI_API_KEY) {
    return { kind: 'openai', apiKey: e.OPENAI_API_KEY, endpoint: e.OPENAI_ENDPOINT, model: e.OPENAI_MODEL ?? 'gpt-4o' };
  }
  return undefined;
}

function guidOrUndefined(tenant: string | undefined): string | undefined {
  return tenant && isTenantGuid(tenant) ? tenant : undefined;
}

function stripSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.freeze(value);
    for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v);
  }
  return value;
}

/** The environment for a child process this one starts (local mode): ours plus `extra`. */
export function childEnvironment(extra: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const [key, value] of Object.entries(extra)) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}

/** Reads a .env file into the environment when there is one (values already set win). */
export function loadEnvironmentFile(file = '.env'): boolean {
  if (!fs.existsSync(file)) return false;
  const before = { ...process.env };
  process.loadEnvFile(file);
  for (const [key, value] of Object.entries(before)) process.env[key] = value;
  return true;
}
