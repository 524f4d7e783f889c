import { badRequest } from './errors';

/** Splits "/a/b%20c?x=1" into decoded segments and a query map ($-options keyed in lower case). */
export function parseTarget(target: string): { segments: string[]; query: Map<string, string> } {
  const q = target.indexOf('?');
  const pathPart = q >= 0 ? target.slice(0, q) : target;
  const queryPart = q >= 0 ? target.slice(q + 1) : '';
  const segments: string[] = [];
  for (const raw of pathPart.split('/')) {
    if (raw === '') continue;
    try {
      segments.push(decodeURIComponent(raw));
    } catch {
      throw badRequest(`Invalid URL segment '${raw}'.`, 'BadRequest');
    }
  }
  const query = new Map<string, string>();
  for (const [k, v] of new URLSearchParams(queryPart)) query.set(k.startsWith('$') ? k.toLowerCase() : k, v);
  return { segments, query };
}

export function parseJsonBody(raw: string): unknown {
  if (raw.trim() === '') return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    throw badRequest(
      'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of ' +
        'valid JSON format.',
      'BadRequest',
    );
  }
}

/** A JSON object body holding only the properties `type` can be written with (and annotations), as Graph checks it. */
export function bodyWithOnly(body: unknown, settable: ReadonlySet<string>, type: string): Record<string, unknown> {
  if (!body || typeof body !== 'object' || Array.isArray(body))
    throw badRequest('Request body is required.', 'BadRequest');
  for (const k of Object.keys(body)) {
    if (!settable.has(k) && !k.startsWith('@odata'))
      throw badRequest(`Invalid property '${k}' for type 'microsoft.graph.${type}'.`, 'BadRequest');
  }
  return body as Record<string, unknown>;
}
