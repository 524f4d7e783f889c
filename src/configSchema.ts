import { z } from 'zod';

/** The environment variables the bot reads, as a zod schema: parsed only by loadConfig in config.ts. */

export const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

const optionalText = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const intWithDefault = (fallback: number, min = 0) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === '') return fallback;
      const n = Number(v);
      if (!Number.isInteger(n) || n < min) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: `must be a whole number of at least ${min}` });
        return z.NEVER;
      }
      return n;
    });

const csv = optionalText.transform((v) =>
  v === undefined
    ? []
    : v
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s.length > 0),
);

export const EnvSchema = z.object({
  PORT: intWithDefault(3978),
  HOST: optionalText,
  BOT_ID: optionalText,
  BOT_PASSWORD: optionalText,
  BOT_TYPE: optionalText.pipe(z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMsi']).optional()),
  BOT_TENANT_ID: optionalText,
  HOME_TENANT_ID: optionalText,
  GRAPH_TENANT_ID: optionalText,
  GRAPH_CLIENT_ID: optionalText,
  GRAPH_CLIENT_SECRET: optionalText,
  GRAPH_CLIENT_CERT_PATH: optionalText,
  GRAPH_USE_MANAGED_IDENTITY: optionalText.pipe(z.enum(['true', 'false']).optional()),
  GRAPH_BASE_URL: optionalText,
  AUTHORITY_HOST: optionalText,
  GRAPH_TIMEOUT_MS: intWithDefault(40000, 1000),
  GRAPH_WRITES: optionalText.pipe(z.enum(['user', 'app']).optional()),
  SSO_CLIENT_ID: optionalText,
  SSO_CLIENT_SECRET: optionalText,
  SSO_CLIENT_CERT_PATH: optionalText,
  SSO_RESOURCE: optionalText,
  // Local mode only, set by the launcher: the simulator's stand-in for Teams' client (its page signs people in).
  SIMULATOR_SSO_CLIENT_ID: optionalText,
  TARGET_TENANT_CREDENTIALS: optionalText,
  NODE_EXTRA_CA_CERTS: optionalText,
  DATA_DIR: optionalText,
  LOG_LEVEL: optionalText.pipe(z.enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent']).optional()),
  LOG_FORMAT: optionalText.pipe(z.enum(['pretty', 'json']).optional()),
  STORAGE_BACKEND: optionalText.pipe(z.enum(['sqlite', 'blob']).optional()),
  AZURE_STORAGE_CONNECTION_STRING: optionalText,
  AZURE_STORAGE_ACCOUNT_URL: optionalText,
  AZURE_STORAGE_CONTAINER: optionalText,
  INSTANCE_ID: optionalText,
  WEBSITE_INSTANCE_ID: optionalText,
  // Set by App Service in every web app: local mode is refused there (configRefusals.ts).
  WEBSITE_SITE_NAME: optionalText,
  WEBSITE_HOSTNAME: optionalText,
  ALERT_POLL_SECONDS: intWithDefault(60, 1),
  ALERT_LEASE_SECONDS: intWithDefault(15, 15),
  APPROVAL_TTL_HOURS: intWithDefault(24, 1),
  APPROVAL_TWO_APPROVERS_ABOVE: intWithDefault(10, 1),
  APPROVAL_RESUME_SECONDS: intWithDefault(180, 2),
  APPROVAL_TWO_APPROVERS_GROUP_SIZE: intWithDefault(100, 1),
  APPROVAL_RETENTION_DAYS: intWithDefault(90, 1),
  SETUP_DELETE_THRESHOLD: intWithDefault(500, 1),
  WORK_CONCURRENCY: intWithDefault(8, 1),
  SHUTDOWN_GRACE_SECONDS: intWithDefault(20, 0),
  READER_ROLES: optionalText,
  OPERATOR_ROLES: optionalText,
  APPROVER_ROLES: optionalText,
  READER_GROUP_IDS: csv,
  OPERATOR_GROUP_IDS: csv,
  APPROVER_GROUP_IDS: csv,
  ROLE_CACHE_SECONDS: intWithDefault(300, 0),
  OPENAI_API_KEY: optionalText,
  OPENAI_ENDPOINT: optionalText,
  OPENAI_MODEL: optionalText,
  AZURE_OPENAI_API_KEY: optionalText,
  AZURE_OPENAI_ENDPOINT: optionalText,
  AZURE_OPENAI_DEPLOYMENT: optionalText,
  PLAYGROUND_PORT: intWithDefault(56150),
  SIMULATOR_PORT: intWithDefault(0),
  SIMULATOR_CYCLE_SECONDS: intWithDefault(60, 1),
  SIMULATOR_LATENCY: optionalText.pipe(z.enum(['off', 'short', 'realistic']).optional()),
  CI: optionalText,
  APPROVER_MENTIONS: optionalText,
});

export type Env = z.infer<typeof EnvSchema>;
