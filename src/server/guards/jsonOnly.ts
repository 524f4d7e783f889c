import type { Next, Request, Response } from 'restify';
import type { Logger } from '../../logging';

/**
 * Refuses (415) any body that is not plain application/json before a byte is read: a cross-site HTML form can send
 * form-encoded, multipart or text bodies without a preflight, never application/json, and multipart would be
 * written to a temporary file. A compressed body is refused too, so the size limit counts what gets parsed.
 */
export function jsonOnly(logger: Logger) {
  return (req: Request, res: Response, next: Next): void => {
    const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    const encoding = (req.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
    if (type === 'application/json' && encoding === 'identity') {
      next();
      return;
    }
    logger.warn(
      { code: 'UnsupportedMediaType', contentType: type || '(none)', contentEncoding: encoding, url: req.url },
      'request refused: only an uncompressed application/json body is accepted',
    );
    refuse(res, 415, 'Only an uncompressed application/json body is accepted.');
    next(false);
  };
}

/** Answers and closes the connection, so an unread body is not drained. */
export function refuse(res: Response, status: number, error: string): void {
  res.header('Connection', 'close');
  res.send(status, { error });
}
