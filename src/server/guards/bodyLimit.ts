import restify from 'restify';
import type { Next, Request, Response } from 'restify';
import type { Logger } from '../../logging';
import { refuse } from './jsonOnly';

/** The largest activity /api/messages reads; Teams activities are a few KB, a card submit at most tens. */
export const MAX_ACTIVITY_BYTES = 256 * 1024;

/**
 * Reads and parses the JSON body only when it fits in `maxBytes`: a declared Content-Length above it is refused
 * (413) before anything is read; a chunked body is cut off by restify's reader once it passes the limit.
 */
export function boundedJsonBody(logger: Logger, maxBytes = MAX_ACTIVITY_BYTES) {
  const parse = [
    restify.plugins.bodyReader({ maxBodySize: maxBytes }),
    ...restify.plugins.jsonBodyParser({ mapParams: false, bodyReader: true }),
  ];
  const tooLarge = (req: Request, res: Response, bytes: string) => {
    logger.warn(
      { code: 'PayloadTooLarge', bytes, limit: maxBytes, url: req.url },
      'request refused: body larger than allowed',
    );
    refuse(res, 413, `The body is larger than ${maxBytes} bytes.`);
  };
  const declared = (req: Request, res: Response, next: Next): void => {
    const length = Number(req.headers['content-length'] ?? 0);
    if (length > maxBytes) {
      tooLarge(req, res, String(length));
      next(false);
      return;
    }
    next();
  };
  return [
    declared,
    ...parse.map((step) => (req: Request, res: Response, next: Next) => {
      step(req, res, (error?: unknown) => {
        if ((error as { statusCode?: number } | undefined)?.statusCode === 413) {
          tooLarge(req, res, `more than ${maxBytes} (chunked)`);
          next(false);
          return;
        }
        next(error as Error | undefined);
      });
    }),
  ];
}
