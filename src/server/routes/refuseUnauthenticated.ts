import type { Response as BotResponse } from 'botbuilder';
import type { Response } from 'restify';
import type { Logger } from '../../logging';

/**
 * The response the adapter writes to, with one rule on top: a failure before the turn started is
 * answered 401. The adapter answers 401 only for the failures it recognises (no token, a bad
 * signature); anything else while checking the token, such as signing keys it cannot fetch, comes
 * back as 500. Nothing has run at that point, and the request was not proven to come from the
 * Bot Connector, so it is refused like any other unauthenticated request.
 */
export function refuseUnauthenticated(res: Response, turnStarted: () => boolean, logger: Logger): BotResponse {
  let status = 200;
  let body: unknown;
  const refused = () => !turnStarted() && status >= 400 && status !== 400 && status !== 405;
  return {
    socket: res.socket,
    header: (name: string, value: unknown) => void res.header(name, value as string),
    status: (code: number) => {
      status = code;
    },
    send: (value: unknown) => {
      body = value;
    },
    end: () => {
      if (refused()) {
        logger.warn(
          { code: 'BotUnauthenticated', adapterStatus: status, reason: String(body ?? '').slice(0, 300) },
          'request refused: no valid Bot Framework token',
        );
        status = 401;
        body = { error: 'Unauthorized' };
      }
      res.send(status, body);
    },
  } as unknown as BotResponse;
}
