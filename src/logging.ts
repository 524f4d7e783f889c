import pino, { Logger } from 'pino';

export type { Logger } from 'pino';

/** Keys that must never reach a log line, wherever they appear. */
const REDACT = [
  'password',
  'clientSecret',
  'client_secret',
  'accessToken',
  'access_token',
  'authorization',
  'headers.authorization',
  '*.password',
  '*.clientSecret',
  '*.accessToken',
  '*.authorization',
  'req.headers.authorization',
];

/**
 * A terminal a person reads: one line per record (fields inline, not a line each), the time to the
 * second, and none of the fields every line would repeat (the process, the turn's ids: a turn's
 * summary line says it all in its message). The time is the machine's own, as the person's clock shows it.
 */
const PRETTY = {
  colorize: process.stdout.isTTY,
  translateTime: 'SYS:HH:MM:ss',
  singleLine: true,
  ignore: 'pid,hostname,name,turn,activityId,conversationId,tenantId',
};

export function createLogger(options: { level: string; format: 'pretty' | 'json'; name?: string }): Logger {
  const base = {
    level: options.level,
    name: options.name ?? 'cts-bot',
    redact: { paths: REDACT, censor: '[redacted]' },
  };
  if (options.format === 'pretty') {
    return pino({ ...base, transport: { target: 'pino-pretty', options: PRETTY } });
  }
  return pino(base);
}

/** A logger that writes nothing; for tests that do not look at logs. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
