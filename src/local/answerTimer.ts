import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../logging';

/**
 * Teams' own limits for a bot's HTTP answer: about 10-15 s for an invoke (a card click; then "Something went
 * wrong" under the card, MicrosoftDocs/msteams-docs #13460 and #6461) and 15 s for a message (Bot Service's request
 * timeout, after which it may deliver the message again). The Playground waits longer, so local mode says so.
 */
const TEAMS_INVOKE_LIMIT_MS = 10_000;
const TEAMS_MESSAGE_LIMIT_MS = 15_000;
const MAX_BODY_BYTES = 1024 * 1024;
/** As for Graph calls: an answer shows at info only when it took a second or more (debug shows each). */
const NOTABLE_MS = 1000;

export interface AnswerTimer {
  /** Where the Playground posts instead of the bot: http://127.0.0.1:port. */
  url: string;
  close(): Promise<void>;
}

/**
 * Stands between the Playground and the bot on loopback, passing each request through unchanged, and logs how
 * long the bot took to answer each activity (`answerMs`): a warning when Teams would have given up, info from a
 * second on, debug below.
 */
export async function startAnswerTimer(botUrl: string, logger: Logger): Promise<AnswerTimer> {
  const bot = new URL(botUrl);
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= MAX_BODY_BYTES) chunks.push(c);
    });
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const started = performance.now();
      const upstream = http.request(
        { host: bot.hostname, port: bot.port, method: req.method, path: req.url, headers: req.headers },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
          answer.on('end', () => logAnswer(logger, body, answer.statusCode ?? 0, performance.now() - started));
        },
      );
      upstream.on('error', (err) => {
        logger.warn({ err: err.message, path: req.url }, 'the bot did not answer the Playground');
        if (!res.headersSent) res.writeHead(502);
        res.end();
      });
      upstream.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function logAnswer(logger: Logger, body: Buffer, status: number, elapsedMs: number): void {
  let activity: { type?: string; name?: string; id?: string; value?: { action?: { verb?: string } } } = {};
  try {
    activity = JSON.parse(body.toString('utf8')) as typeof activity;
  } catch {
    // not an activity: the bot answers it with its own error
  }
  const fields = {
    activityType: activity.type,
    activityName: activity.name,
    activityId: activity.id,
    verb: activity.value?.action?.verb,
    status,
    answerMs: Math.round(elapsedMs),
  };
  const limit = activity.type === 'invoke' ? TEAMS_INVOKE_LIMIT_MS : TEAMS_MESSAGE_LIMIT_MS;
  if (elapsedMs > limit)
    logger.warn(
      { ...fields, teamsLimitMs: limit },
      'the bot answered later than Teams waits: Teams would show an error',
    );
  else if (elapsedMs >= NOTABLE_MS) logger.info(fields, 'the bot answered the Playground');
  else logger.debug(fields, 'the bot answered the Playground');
}
