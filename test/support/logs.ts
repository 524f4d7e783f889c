import pino from 'pino';
import type { Logger } from '../../src/logging';

export interface LogEntry {
  level: number;
  msg: string;
  [key: string]: unknown;
}

export const LEVEL = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60 } as const;

export interface CapturedLogs {
  logger: Logger;
  entries: LogEntry[];
  /** Entries whose message contains `text` (and that pass `where`). */
  find(text: string, where?: (e: LogEntry) => boolean): LogEntry[];
}

/** A real pino logger whose JSON lines are kept for the test to read. */
export function captureLogs(level = 'debug'): CapturedLogs {
  const entries: LogEntry[] = [];
  const logger = pino({ level }, { write: (line: string) => void entries.push(JSON.parse(line) as LogEntry) });
  return {
    logger,
    entries,
    find: (text, where = () => true) =>
      entries.filter((e) => typeof e.msg === 'string' && e.msg.includes(text) && where(e)),
  };
}
