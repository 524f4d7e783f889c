import pino, { Logger } from 'pino';
import { Writable } from 'node:stream';

export interface CapturedLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

/** A real pino logger (with the product's redaction) whose lines land in an array. */
export function captureLogger(): { logger: Logger; lines: CapturedLine[] } {
  const lines: CapturedLine[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk)
        .split('\n')
        .filter((l) => l.trim().length > 0))
        lines.push(JSON.parse(line) as CapturedLine);
      done();
    },
  });
  const logger = pino(
    {
      level: 'debug',
      redact: { paths: ['authorization', '*.authorization', 'headers.authorization'], censor: '[redacted]' },
    },
    sink,
  );
  return { logger, lines };
}
