import { badRequest } from '../http/errors';
import type { Ctx } from '../http/types';

export interface PageState {
  offset: number;
}

/** $skiptoken values are opaque to clients: a versioned, encoded page position. */
export function skipToken(state: PageState): string {
  return 'X1NpbQ' + Buffer.from(JSON.stringify({ v: 1, o: state.offset })).toString('base64url');
}

export function readSkipToken(raw: string | undefined): PageState | undefined {
  if (raw === undefined) return undefined;
  try {
    const parsed = JSON.parse(Buffer.from(raw.replace(/^X1NpbQ/, ''), 'base64url').toString('utf8'));
    if (parsed && parsed.v === 1 && Number.isInteger(parsed.o) && parsed.o >= 0) return { offset: parsed.o };
  } catch {
    // fall through
  }
  throw badRequest(`Invalid skip token '${raw}'.`);
}

/** The same request with a new $skiptoken, as an absolute URL the client follows verbatim. */
export function nextLink(ctx: Ctx, token: string): string {
  const parts: string[] = [];
  for (const [k, v] of ctx.req.query) {
    if (k === '$skiptoken') continue;
    parts.push(`${k}=${encodeURIComponent(v)}`);
  }
  parts.push(`$skiptoken=${token}`);
  const path = ctx.req.segments.map((s) => encodeURIComponent(s)).join('/');
  return `${ctx.baseUrl}/${path}?${parts.join('&')}`;
}
