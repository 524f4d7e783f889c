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

export function createLogger(options: { level: string; format: 'pretty' | 'json'; name?: string }): Logger {
  const base = {
    level: options.level,
    name: options.name ?? 'cts-bot',
    redact: { paths: REDACT, censor: '[redacted]' },
  };
  if (options.format === 'pretty') {
    return pino({
      ...base,
      transport: {
        target: 'pino-pretty',
        options: { colorize: process.stdout.isTTY, translateTime: 'HH:MM:ss.l', ignore: 'pid,hostname' },
      },
    });
  }
  return pino(base);
}

/** A logger that writes nothing; for tests that do not look at logs. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
