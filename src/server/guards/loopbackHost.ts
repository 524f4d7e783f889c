import type { Next, Request, Response } from 'restify';
import type { Logger } from '../../logging';
import { refuse } from './jsonOnly';

const LOOPBACK_HOST = /^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/i;

/**
 * Without a bot identity nothing checks a token, so only a caller on this machine may post: a Host header that
 * names anything but loopback is a page that rebound its own DNS name to 127.0.0.1 (DNS rebinding), refused with 403.
 */
export function loopbackHostOnly(logger: Logger) {
  return (req: Request, res: Response, next: Next): void => {
    const host = req.headers.host ?? '';
    if (LOOPBACK_HOST.test(host)) {
      next();
      return;
    }
    logger.warn(
      { code: 'ForeignHost', host: host.slice(0, 200), url: req.url },
      'request refused: without BOT_ID only a loopback Host header is accepted',
    );
    refuse(res, 403, 'Without a bot identity this bot only accepts requests addressed to 127.0.0.1 or localhost.');
    next(false);
  };
}
